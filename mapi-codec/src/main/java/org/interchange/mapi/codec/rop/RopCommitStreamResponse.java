package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopCommitStream success response, [MS-OXCROPS] 2.2.9.5.2. */
public record RopCommitStreamResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.COMMIT_STREAM;
    }

    static RopCommitStreamResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopCommitStreamResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
