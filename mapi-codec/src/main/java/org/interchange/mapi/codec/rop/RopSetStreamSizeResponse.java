package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSetStreamSize success response, [MS-OXCROPS] 2.2.9.7.2. */
public record RopSetStreamSizeResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SET_STREAM_SIZE;
    }

    static RopSetStreamSizeResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSetStreamSizeResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
