package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetMessageStatus request, [MS-OXCROPS] 2.2.6.9.1: the MessageId in the input folder. */
public record RopGetMessageStatusRequest(int logonId, int inputHandleIndex, long messageId)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.GET_MESSAGE_STATUS;
    }

    static RopGetMessageStatusRequest decode(ByteReader in) {
        return new RopGetMessageStatusRequest(in.u8(), in.u8(), in.i64());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i64(messageId);
    }
}
