package org.interchange.mapi.client.write;

import java.util.UUID;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.codec.fxics.Xid;
import org.interchange.mapi.codec.rop.LongTermId;
import org.interchange.mapi.codec.rop.RopIdFromLongTermIdRequest;
import org.interchange.mapi.codec.rop.RopIdFromLongTermIdResponse;
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
        Xid destination = Xid.decode(move.destinationKey());
        long[] mid = new long[1];
        UUID guid = destination.namespaceGuid();
        pipe.call(pipe.logon(), slot -> new RopIdFromLongTermIdRequest(RopBatch.LOGON_ID, slot,
                new LongTermId(guid, destination.localIdValue(), 0)), RopIdFromLongTermIdResponse.class,
                r -> mid[0] = r.objectId());
        pipe.flush();
        return new ImportResult(ImportResult.Status.SAVED, mid[0]);
    }
}
