package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSeekRow success response, [MS-OXCROPS] 2.2.5.8.2. */
public record RopSeekRowResponse(int handleIndex, boolean hasSoughtLess, int rowsSought) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SEEK_ROW;
    }

    static RopSeekRowResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        boolean hasSoughtLess = RopWire.bool(in);
        int rowsSought = in.i32();
        return new RopSeekRowResponse(handleIndex, hasSoughtLess, rowsSought);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(hasSoughtLess ? 1 : 0);
        out.i32(rowsSought);
    }
}
