package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopMoveCopyMessages request, [MS-OXCROPS] 2.2.4.6.1: SourceHandleIndex (the input folder),
 * DestHandleIndex, the message ids, then WantAsynchronous and WantCopy.
 */
public record RopMoveCopyMessagesRequest(int logonId, int inputHandleIndex, int destHandleIndex,
                                         List<Long> messageIds, boolean wantAsynchronous, boolean wantCopy)
        implements RopRequest {

    public RopMoveCopyMessagesRequest {
        messageIds = FrozenList.copyOf(messageIds);
    }

    @Override
    public RopId ropId() {
        return RopId.MOVE_COPY_MESSAGES;
    }

    static RopMoveCopyMessagesRequest decode(ByteReader in) {
        int logonId = in.u8();
        int source = in.u8();
        int dest = in.u8();
        List<Long> ids = RopWire.readIds(in, in.u16());
        return new RopMoveCopyMessagesRequest(logonId, source, dest, ids, RopWire.bool(in), RopWire.bool(in));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(destHandleIndex, "DestHandleIndex"));
        RopWire.writeIds(out, messageIds, "MessageIdCount");
        out.u8(wantAsynchronous ? 1 : 0).u8(wantCopy ? 1 : 0);
    }
}
