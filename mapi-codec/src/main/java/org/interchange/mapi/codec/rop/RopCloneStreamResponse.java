package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopCloneStream success response, [MS-OXCROPS] 2.2.9.12.2: no fields beyond the header. */
public record RopCloneStreamResponse(int handleIndex)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.CLONE_STREAM;
    }

    static RopCloneStreamResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopCloneStreamResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
