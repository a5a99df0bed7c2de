package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSetMessageStatus success response, [MS-OXCROPS] 2.2.6.8.2: the previous MessageStatusFlags. */
public record RopSetMessageStatusResponse(int handleIndex, long messageStatusFlags)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SET_MESSAGE_STATUS;
    }

    static RopSetMessageStatusResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSetMessageStatusResponse(handleIndex, in.u32());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i32((int) messageStatusFlags);
    }
}
