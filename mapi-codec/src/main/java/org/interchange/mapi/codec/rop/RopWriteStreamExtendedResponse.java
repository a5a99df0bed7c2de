package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopWriteStreamExtended response; WrittenSize (32 bits) follows every ReturnValue, [MS-OXCROPS] 2.2.9.13.2. */
public record RopWriteStreamExtendedResponse(int handleIndex, int returnValue, long writtenSize)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.WRITE_STREAM_EXTENDED;
    }

    static RopWriteStreamExtendedResponse decode(ByteReader in, int handleIndex, int returnValue,
                                                 ResponseContext context) {
        return new RopWriteStreamExtendedResponse(handleIndex, returnValue, in.u32());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, returnValue);
        out.i32((int) writtenSize);
    }
}
