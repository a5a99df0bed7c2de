package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopSetMessageStatus request, [MS-OXCROPS] 2.2.6.8.1: MessageId, the new MessageStatusFlags and the
 * MessageStatusMask of bits to change.
 */
public record RopSetMessageStatusRequest(int logonId, int inputHandleIndex, long messageId,
        long messageStatusFlags, long messageStatusMask)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.SET_MESSAGE_STATUS;
    }

    static RopSetMessageStatusRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        long messageId = in.i64();
        long messageStatusFlags = in.u32();
        long messageStatusMask = in.u32();
        return new RopSetMessageStatusRequest(logonId, inputHandleIndex, messageId, messageStatusFlags, messageStatusMask);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i64(messageId);
        out.i32((int) messageStatusFlags);
        out.i32((int) messageStatusMask);
    }
}
