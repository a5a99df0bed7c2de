package org.interchange.plugin.mapi;

import java.util.ArrayList;
import java.util.List;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.mapi.client.write.ReadStateChange;

/**
 * Uploads offline read-state changes of messages of one folder as RopSynchronizationImportReadStateChanges
 * ([MS-OXCFXICS] 2.2.3.2.4.6) on one collector, in one Execute for up to several hundred messages. The server
 * skips messages it no longer has there (the next download removes them), and setting a state twice changes
 * nothing, so a replay after a crash is safe.
 */
final class ReadStateUpload {
    private final MapiSessionSource sessions;

    ReadStateUpload(MapiSessionSource sessions) {
        this.sessions = sessions;
    }

    /** Marks the items of {@code operations}, SET_READs of one folder, read or unread on the server. */
    void run(List<PendingOperation> operations) throws BackendException {
        FolderBatch batch = FolderBatch.of(operations, "mark read or unread");
        List<Boolean> states = new ArrayList<>();
        for (PendingOperation op : operations) {
            states.add(switch (op.value()) {
                case "true" -> true;
                case "false" -> false;
                case null, default -> throw new BackendException("SET_READ of item " + op.itemServerId()
                        + " has value " + op.value() + ", not true or false", false, null);
            });
        }
        MapiCalls.run(sessions, "mark " + operations.size() + " item(s) of folder " + batch.folderServerId()
                + " read or unread", s -> {
            List<ReadStateChange> changes = new ArrayList<>();
            for (int i = 0; i < states.size(); i++) {
                changes.add(new ReadStateChange(SourceKeys.of(s.logon().replicaGuid(), batch.messageIds().get(i)),
                        states.get(i)));
            }
            s.writer().importReadStates(batch.folderId(), changes);
            return null;
        });
    }
}
