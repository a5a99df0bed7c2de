package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetSearchCriteria request, [MS-OXCROPS] 2.2.4.5.1: UseUnicode, IncludeRestriction and IncludeFolders. */
public record RopGetSearchCriteriaRequest(int logonId, int inputHandleIndex, boolean useUnicode,
        boolean includeRestriction, boolean includeFolders)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.GET_SEARCH_CRITERIA;
    }

    static RopGetSearchCriteriaRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        boolean useUnicode = RopWire.bool(in);
        boolean includeRestriction = RopWire.bool(in);
        boolean includeFolders = RopWire.bool(in);
        return new RopGetSearchCriteriaRequest(logonId, inputHandleIndex, useUnicode, includeRestriction, includeFolders);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(useUnicode ? 1 : 0);
        out.u8(includeRestriction ? 1 : 0);
        out.u8(includeFolders ? 1 : 0);
    }
}
