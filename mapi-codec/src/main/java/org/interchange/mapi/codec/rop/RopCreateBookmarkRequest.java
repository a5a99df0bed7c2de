package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopCreateBookmark request, [MS-OXCROPS] 2.2.5.11.1: no fields beyond the header. */
public record RopCreateBookmarkRequest(int logonId, int inputHandleIndex)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.CREATE_BOOKMARK;
    }

    static RopCreateBookmarkRequest decode(ByteReader in) {
        return new RopCreateBookmarkRequest(in.u8(), in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
    }
}
