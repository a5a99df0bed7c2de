package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetStreamSize success response, [MS-OXCROPS] 2.2.9.6.2. */
public record RopGetStreamSizeResponse(int handleIndex, long streamSize) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.GET_STREAM_SIZE;
    }

    static RopGetStreamSizeResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        long streamSize = in.u32();
        return new RopGetStreamSizeResponse(handleIndex, streamSize);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i32((int) streamSize);
    }
}
