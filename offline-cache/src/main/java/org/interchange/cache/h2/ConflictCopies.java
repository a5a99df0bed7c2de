package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.h2.ItemRows.ItemRow;
import org.interchange.cache.spi.PendingOperation.Kind;

/**
 * Keeps local edits when the server's version wins ([MS-OXCFXICS] 3.3.5.8.2 conflict resolution left
 * to the client): the local version becomes a new locally created item marked {@link ItemFields#CONFLICT},
 * which the user sees next to the server's version and which is uploaded as a new item.
 */
final class ConflictCopies {

    private ConflictCopies() {
    }

    /** Copies the row's local version to a conflict copy in the same folder, with a CREATE of its own. */
    static void keep(Connection c, String accountId, ItemRow row, String folderServerId) throws SQLException {
        String copyId = ItemRows.newLocalId();
        long copy = ItemRows.copy(c, row, row.folderId(), copyId, OfflineState.LOCALLY_CREATED, null);
        ItemRows.setRevision(c, copy, null);
        ItemRows.setField(c, copy, ItemFields.CONFLICT, Instant.now().toString());
        PendingOperationTable.insert(c, accountId, folderServerId, copyId, Kind.CREATE, null);
    }

    /** Whether the item waits to upload a content edit, which a server change or deletion must not swallow. */
    static boolean edited(Connection c, String accountId, String folderServerId, String itemServerId)
            throws SQLException {
        return PendingOperationTable.kindsFor(c, accountId, folderServerId, itemServerId).contains(Kind.UPDATE);
    }

    /**
     * The server no longer has the original of a locally moved item: the copy in the move's target folder
     * is kept as a conflict copy when it was edited, and dropped with its operations either way.
     * Returns the target folder's id when there was a copy.
     */
    static OptionalLong dropMovedCopy(Connection c, String accountId, String targetFolderServerId, String serverId)
            throws SQLException {
        OptionalLong target = FolderTable.idOf(c, accountId, targetFolderServerId);
        if (target.isEmpty()) {
            return OptionalLong.empty();
        }
        Optional<ItemRow> copy = ItemRows.find(c, target.getAsLong(), serverId);
        if (copy.isEmpty()) {
            return OptionalLong.empty();
        }
        if (edited(c, accountId, targetFolderServerId, serverId)) {
            keep(c, accountId, copy.get(), targetFolderServerId);
        }
        ItemRows.remove(c, copy.get());
        PendingOperationTable.deleteFor(c, accountId, targetFolderServerId, serverId);
        return target;
    }
}
