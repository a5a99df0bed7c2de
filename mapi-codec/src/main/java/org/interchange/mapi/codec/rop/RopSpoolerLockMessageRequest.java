package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSpoolerLockMessage request, [MS-OXCROPS] 2.2.7.5.1: MessageId and LockState (0x00 lock, 0x01 unlock, 0x02 finished). */
public record RopSpoolerLockMessageRequest(int logonId, int inputHandleIndex, long messageId, int lockState)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.SPOOLER_LOCK_MESSAGE;
    }

    static RopSpoolerLockMessageRequest decode(ByteReader in) {
        return new RopSpoolerLockMessageRequest(in.u8(), in.u8(), in.i64(), in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i64(messageId).u8(RopWire.u8(lockState, "LockState"));
    }
}
