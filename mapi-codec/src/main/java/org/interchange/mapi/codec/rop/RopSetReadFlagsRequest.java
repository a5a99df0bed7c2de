package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopSetReadFlags request, [MS-OXCROPS] 2.2.6.10.1: marks messages of the input folder read or
 * unread (ReadFlags of [MS-OXCMSG] 2.2.3.10.1, e.g. 0x04 ClearReadFlag).
 */
public record RopSetReadFlagsRequest(int logonId, int inputHandleIndex, boolean wantAsynchronous, int readFlags,
                                     List<Long> messageIds) implements RopRequest {

    public RopSetReadFlagsRequest {
        messageIds = FrozenList.copyOf(messageIds);
    }

    @Override
    public RopId ropId() {
        return RopId.SET_READ_FLAGS;
    }

    static RopSetReadFlagsRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        boolean asynchronous = RopWire.bool(in);
        int flags = in.u8();
        return new RopSetReadFlagsRequest(logonId, index, asynchronous, flags, RopWire.readIds(in, in.u16()));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(wantAsynchronous ? 1 : 0).u8(RopWire.u8(readFlags, "ReadFlags"));
        RopWire.writeIds(out, messageIds, "MessageIdCount");
    }
}
