package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSynchronizationImportHierarchyChange success response: the id of the imported folder, [MS-OXCROPS] 2.2.13.4.2. */
public record RopSynchronizationImportHierarchyChangeResponse(int handleIndex, long folderId) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_IMPORT_HIERARCHY_CHANGE;
    }

    static RopSynchronizationImportHierarchyChangeResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        long folderId = in.i64();
        return new RopSynchronizationImportHierarchyChangeResponse(handleIndex, folderId);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i64(folderId);
    }
}
