package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopOpenStream success response, [MS-OXCROPS] 2.2.9.1.2. */
public record RopOpenStreamResponse(int handleIndex, long streamSize) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.OPEN_STREAM;
    }

    static RopOpenStreamResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopOpenStreamResponse(handleIndex, in.u32());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i32((int) streamSize);
    }
}
