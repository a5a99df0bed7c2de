package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSynchronizationGetTransferState success response, [MS-OXCROPS] 2.2.13.8.2. */
public record RopSynchronizationGetTransferStateResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_GET_TRANSFER_STATE;
    }

    static RopSynchronizationGetTransferStateResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSynchronizationGetTransferStateResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
