package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSynchronizationImportDeletes success response, [MS-OXCROPS] 2.2.13.5.2. */
public record RopSynchronizationImportDeletesResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_IMPORT_DELETES;
    }

    static RopSynchronizationImportDeletesResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSynchronizationImportDeletesResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
