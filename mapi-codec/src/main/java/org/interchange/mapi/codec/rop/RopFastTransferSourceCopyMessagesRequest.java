package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopFastTransferSourceCopyMessages request, [MS-OXCROPS] 2.2.12.6.1: the download context goes to
 * OutputHandleIndex; the message ids, CopyFlags and SendOptions.
 */
public record RopFastTransferSourceCopyMessagesRequest(int logonId, int inputHandleIndex, int outputHandleIndex,
        List<Long> messageIds, int copyFlags, int sendOptions)
        implements RopRequest, OpensObject {

    public RopFastTransferSourceCopyMessagesRequest {
        messageIds = FrozenList.copyOf(messageIds);
    }

    @Override
    public RopId ropId() {
        return RopId.FAST_TRANSFER_SOURCE_COPY_MESSAGES;
    }

    static RopFastTransferSourceCopyMessagesRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        int outputHandleIndex = in.u8();
        List<Long> messageIds = RopWire.readIds(in, in.u16());
        int copyFlags = in.u8();
        int sendOptions = in.u8();
        return new RopFastTransferSourceCopyMessagesRequest(logonId, inputHandleIndex, outputHandleIndex, messageIds, copyFlags, sendOptions);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex"));
        RopWire.writeIds(out, messageIds, "MessageIdsCount");
        out.u8(RopWire.u8(copyFlags, "CopyFlags"));
        out.u8(RopWire.u8(sendOptions, "SendOptions"));
    }
}
