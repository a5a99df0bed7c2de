package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSeekRowBookmark success response, [MS-OXCROPS] 2.2.5.9.2: RowNoLongerVisible, HasSoughtLess and RowsSought. */
public record RopSeekRowBookmarkResponse(int handleIndex, boolean rowNoLongerVisible, boolean hasSoughtLess,
        long rowsSought)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SEEK_ROW_BOOKMARK;
    }

    static RopSeekRowBookmarkResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSeekRowBookmarkResponse(handleIndex, RopWire.bool(in), RopWire.bool(in), in.u32());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(rowNoLongerVisible ? 1 : 0);
        out.u8(hasSoughtLess ? 1 : 0);
        out.i32((int) rowsSought);
    }
}
