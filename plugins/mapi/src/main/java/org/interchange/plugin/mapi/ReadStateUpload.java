package org.interchange.plugin.mapi;

import java.util.List;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.UploadConflictException;
import org.interchange.mapi.client.MapiSession;

/** Uploads a cached SET_READ change as RopSetReadFlags on the message's folder, [MS-OXCMSG] 2.2.3.10. */
final class ReadStateUpload {
    private final PendingOperation operation;

    ReadStateUpload(PendingOperation operation) {
        this.operation = operation;
    }

    /** Marks the message read or unread on the server; a message no longer in its folder is a conflict (gone). */
    void run(MapiSessionSource sessions) throws BackendException {
        boolean read = switch (operation.value()) {
            case "true" -> true;
            case "false" -> false;
            case null, default -> throw new BackendException("SET_READ of item " + operation.itemServerId()
                    + " has value " + operation.value() + ", not true or false", false, null);
        };
        long folderId;
        long messageId;
        try {
            folderId = ServerIds.parse(operation.folderServerId());
            messageId = ServerIds.parse(operation.itemServerId());
        } catch (IllegalArgumentException e) {
            throw new BackendException("cannot mark item " + operation.itemServerId() + " read: " + e.getMessage(),
                    false, e);
        }
        boolean complete = MapiCalls.run(sessions, "mark item " + operation.itemServerId() + (read ? " read" : " unread"),
                (MapiSession session) -> session.setReadFlags(folderId, List.of(messageId), read));
        if (!complete) {
            throw new UploadConflictException("item " + operation.itemServerId() + " is no longer in folder "
                    + operation.folderServerId() + " on the server", true);
        }
    }
}
