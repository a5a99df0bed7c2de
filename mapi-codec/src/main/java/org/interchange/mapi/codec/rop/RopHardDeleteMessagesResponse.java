package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopHardDeleteMessages response; PartialCompletion follows every ReturnValue, [MS-OXCROPS] 2.2.4.12.2. */
public record RopHardDeleteMessagesResponse(int handleIndex, int returnValue, boolean partialCompletion) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.HARD_DELETE_MESSAGES;
    }

    static RopHardDeleteMessagesResponse decode(ByteReader in, int handleIndex, int returnValue, ResponseContext context) {
        boolean partialCompletion = RopWire.bool(in);
        return new RopHardDeleteMessagesResponse(handleIndex, returnValue, partialCompletion);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, returnValue);
        out.u8(partialCompletion ? 1 : 0);
    }
}
