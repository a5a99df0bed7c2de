package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSynchronizationImportMessageMove success response, [MS-OXCROPS] 2.2.13.6.2: MessageId (always 0). */
public record RopSynchronizationImportMessageMoveResponse(int handleIndex, long messageId)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_IMPORT_MESSAGE_MOVE;
    }

    static RopSynchronizationImportMessageMoveResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSynchronizationImportMessageMoveResponse(handleIndex, in.i64());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i64(messageId);
    }
}
