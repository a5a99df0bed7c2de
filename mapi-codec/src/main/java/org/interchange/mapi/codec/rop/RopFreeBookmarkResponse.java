package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopFreeBookmark response, [MS-OXCROPS] 2.2.5.14.2: no fields beyond the header. */
public record RopFreeBookmarkResponse(int handleIndex)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.FREE_BOOKMARK;
    }

    static RopFreeBookmarkResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopFreeBookmarkResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
