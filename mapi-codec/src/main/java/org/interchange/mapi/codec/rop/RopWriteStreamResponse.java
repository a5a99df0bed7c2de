package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopWriteStream response; WrittenSize follows every ReturnValue, [MS-OXCROPS] 2.2.9.3.2. */
public record RopWriteStreamResponse(int handleIndex, int returnValue, int writtenSize) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.WRITE_STREAM;
    }

    static RopWriteStreamResponse decode(ByteReader in, int handleIndex, int returnValue, ResponseContext context) {
        int writtenSize = in.u16();
        return new RopWriteStreamResponse(handleIndex, returnValue, writtenSize);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, returnValue);
        out.u16(RopWire.u16(writtenSize, "WrittenSize"));
    }
}
