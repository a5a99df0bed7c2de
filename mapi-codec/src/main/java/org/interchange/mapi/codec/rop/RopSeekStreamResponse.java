package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSeekStream success response, [MS-OXCROPS] 2.2.9.8.2. */
public record RopSeekStreamResponse(int handleIndex, long newPosition) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SEEK_STREAM;
    }

    static RopSeekStreamResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        long newPosition = in.i64();
        return new RopSeekStreamResponse(handleIndex, newPosition);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i64(newPosition);
    }
}
