package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSynchronizationGetTransferState request: opens a download context for the current ICS state, [MS-OXCROPS] 2.2.13.8.1. */
public record RopSynchronizationGetTransferStateRequest(int logonId, int inputHandleIndex, int outputHandleIndex)
        implements RopRequest, OpensObject {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_GET_TRANSFER_STATE;
    }

    static RopSynchronizationGetTransferStateRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        int outputHandleIndex = in.u8();
        return new RopSynchronizationGetTransferStateRequest(logonId, inputHandleIndex, outputHandleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(outputHandleIndex, "OutputHandleIndex"));
    }
}
