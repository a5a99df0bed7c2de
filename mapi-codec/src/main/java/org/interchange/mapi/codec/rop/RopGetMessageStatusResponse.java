package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetMessageStatus success response, [MS-OXCROPS] 2.2.6.9.2: MessageStatusFlags. */
public record RopGetMessageStatusResponse(int handleIndex, long messageStatusFlags)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.GET_MESSAGE_STATUS;
    }

    static RopGetMessageStatusResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopGetMessageStatusResponse(handleIndex, in.u32());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i32((int) messageStatusFlags);
    }
}
