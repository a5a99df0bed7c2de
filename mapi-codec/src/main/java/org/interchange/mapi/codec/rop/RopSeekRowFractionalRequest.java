package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSeekRowFractional request, [MS-OXCROPS] 2.2.5.10.1: moves the cursor to Numerator/Denominator of the table. */
public record RopSeekRowFractionalRequest(int logonId, int inputHandleIndex, long numerator, long denominator)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.SEEK_ROW_FRACTIONAL;
    }

    static RopSeekRowFractionalRequest decode(ByteReader in) {
        return new RopSeekRowFractionalRequest(in.u8(), in.u8(), in.u32(), in.u32());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i32((int) numerator);
        out.i32((int) denominator);
    }
}
