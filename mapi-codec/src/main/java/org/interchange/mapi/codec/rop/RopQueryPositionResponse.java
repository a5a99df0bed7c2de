package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopQueryPosition success response: current row and row count, [MS-OXCROPS] 2.2.5.7.2. */
public record RopQueryPositionResponse(int handleIndex, long numerator, long denominator) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.QUERY_POSITION;
    }

    static RopQueryPositionResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        long numerator = in.u32();
        long denominator = in.u32();
        return new RopQueryPositionResponse(handleIndex, numerator, denominator);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i32((int) numerator);
        out.i32((int) denominator);
    }
}
