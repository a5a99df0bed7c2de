package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSynchronizationImportMessageChange success response: the id of the imported message, [MS-OXCROPS] 2.2.13.2.2. */
public record RopSynchronizationImportMessageChangeResponse(int handleIndex, long messageId) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_IMPORT_MESSAGE_CHANGE;
    }

    static RopSynchronizationImportMessageChangeResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        long messageId = in.i64();
        return new RopSynchronizationImportMessageChangeResponse(handleIndex, messageId);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i64(messageId);
    }
}
