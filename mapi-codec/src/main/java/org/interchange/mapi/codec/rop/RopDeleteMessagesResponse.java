package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopDeleteMessages response; PartialCompletion follows every ReturnValue, [MS-OXCROPS] 2.2.4.11.2. */
public record RopDeleteMessagesResponse(int handleIndex, int returnValue, boolean partialCompletion) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.DELETE_MESSAGES;
    }

    static RopDeleteMessagesResponse decode(ByteReader in, int handleIndex, int returnValue, ResponseContext context) {
        boolean partialCompletion = RopWire.bool(in);
        return new RopDeleteMessagesResponse(handleIndex, returnValue, partialCompletion);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, returnValue);
        out.u8(partialCompletion ? 1 : 0);
    }
}
