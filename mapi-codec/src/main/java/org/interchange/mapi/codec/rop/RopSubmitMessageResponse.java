package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSubmitMessage success response, [MS-OXCROPS] 2.2.7.1.2. */
public record RopSubmitMessageResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SUBMIT_MESSAGE;
    }

    static RopSubmitMessageResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSubmitMessageResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
