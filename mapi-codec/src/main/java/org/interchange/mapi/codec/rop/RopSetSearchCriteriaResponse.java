package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSetSearchCriteria response, [MS-OXCROPS] 2.2.4.4.2: no fields beyond the header. */
public record RopSetSearchCriteriaResponse(int handleIndex)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SET_SEARCH_CRITERIA;
    }

    static RopSetSearchCriteriaResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSetSearchCriteriaResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
