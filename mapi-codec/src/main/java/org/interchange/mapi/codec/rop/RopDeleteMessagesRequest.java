package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopDeleteMessages request, [MS-OXCROPS] 2.2.4.11.1. */
public record RopDeleteMessagesRequest(int logonId, int inputHandleIndex, boolean wantAsynchronous, boolean notifyNonRead, List<Long> messageIds)
        implements RopRequest {

    public RopDeleteMessagesRequest {
        messageIds = FrozenList.copyOf(messageIds);
    }

    @Override
    public RopId ropId() {
        return RopId.DELETE_MESSAGES;
    }

    static RopDeleteMessagesRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        boolean wantAsynchronous = RopWire.bool(in);
        boolean notifyNonRead = RopWire.bool(in);
        List<Long> messageIds = RopWire.readIds(in, in.u16());
        return new RopDeleteMessagesRequest(logonId, inputHandleIndex, wantAsynchronous, notifyNonRead, messageIds);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(wantAsynchronous ? 1 : 0);
        out.u8(notifyNonRead ? 1 : 0);
        RopWire.writeIds(out, messageIds, "MessageIdCount");
    }
}
