package org.interchange.mapi.client.write;

import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.codec.rop.RopSynchronizationImportMessageMoveRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationImportMessageMoveResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationOpenCollectorRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationOpenCollectorResponse;

/**
 * An ICS upload of a message move, [MS-OXCFXICS] 3.3.4.3.3 and 2.2.3.2.4.4: RopSynchronizationImportMessageMove
 * on a collector of the destination folder names the message by its source keys and gives the moved message the
 * destination source key the client chose; the response carries no id, so RopIdFromLongTermId of that key
 * ([MS-OXCSTOR] 2.2.1.9) then asks the server for the moved message's MID.
 */
final class IcsMoveImport {
    private IcsMoveImport() {
    }

    static ImportResult move(RopPipeline pipe, long toFolderId, MessageMove move) {
        RopPipeline.Ref folder = FolderChanges.open(pipe, toFolderId);
        RopPipeline.Ref collector = pipe.open(folder, (in, out) -> new RopSynchronizationOpenCollectorRequest(
                RopBatch.LOGON_ID, in, out, true), RopSynchronizationOpenCollectorResponse.class, null);
        pipe.call(collector, slot -> new RopSynchronizationImportMessageMoveRequest(RopBatch.LOGON_ID, slot,
                move.sourceFolderKey(), move.sourceMessageKey(), move.predecessorChangeList(),
                move.destinationKey(), move.changeKey()), RopSynchronizationImportMessageMoveResponse.class, null);
        pipe.release(collector);
        pipe.release(folder);
        try {
            pipe.flush();
        } catch (MapiOperationException e) {
            if (e.errorCode() == IcsImports.SYNC_OBJECT_DELETED) {
                return new ImportResult(ImportResult.Status.DELETED_ON_SERVER, 0);
            }
            throw e;
        }
        return new ImportResult(ImportResult.Status.SAVED, SourceKeyIds.id(pipe, move.destinationKey()));
    }
}
