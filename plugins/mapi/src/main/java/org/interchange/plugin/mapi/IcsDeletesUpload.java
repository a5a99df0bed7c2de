package org.interchange.plugin.mapi;

import java.util.ArrayList;
import java.util.List;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.PendingOperation;

/**
 * Uploads offline deletions of messages of one folder as RopSynchronizationImportDeletes with HardDelete
 * ([MS-OXCFXICS] 2.2.3.2.4.5) on one collector, in one Execute for up to several hundred messages. The server
 * skips keys of messages it no longer has there, so deleting a message already gone, or a replay after a
 * crash, is simply done.
 */
final class IcsDeletesUpload {
    private final MapiSessionSource sessions;

    IcsDeletesUpload(MapiSessionSource sessions) {
        this.sessions = sessions;
    }

    /** Deletes the items of {@code operations}, DELETEs of one folder. */
    void run(List<PendingOperation> operations) throws BackendException {
        FolderBatch batch = FolderBatch.of(operations, "delete");
        MapiCalls.run(sessions, "delete " + operations.size() + " item(s) of folder " + batch.folderServerId(), s -> {
            List<byte[]> keys = new ArrayList<>();
            for (long mid : batch.messageIds()) {
                keys.add(SourceKeys.of(s.logon().replicaGuid(), mid));
            }
            s.writer().importDeletes(batch.folderId(), keys, true);
            return null;
        });
    }
}
