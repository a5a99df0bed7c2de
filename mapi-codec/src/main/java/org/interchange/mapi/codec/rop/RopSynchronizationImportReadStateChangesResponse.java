package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSynchronizationImportReadStateChanges response, [MS-OXCROPS] 2.2.13.3.2: no fields beyond the header. */
public record RopSynchronizationImportReadStateChangesResponse(int handleIndex)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_IMPORT_READ_STATE_CHANGES;
    }

    static RopSynchronizationImportReadStateChangesResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSynchronizationImportReadStateChangesResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
