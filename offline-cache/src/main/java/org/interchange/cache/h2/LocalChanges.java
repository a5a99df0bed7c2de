package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.interchange.cache.api.CacheException;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.spi.PendingOperation;

/** Local edits of cached items: the item row, the folder counts and the pending operation change together. */
final class LocalChanges {

    /** The folder, and its account, whose items and counts a local change touched. */
    record Touched(String accountId, long folderId) {
    }

    private LocalChanges() {
    }

    /**
     * Sets an item's read flag. A synced item becomes locally modified and a SET_READ operation is recorded;
     * a locally created item only changes its row (its creation upload carries the flag). Returns the folder
     * and account when something changed.
     */
    static Optional<Touched> setRead(Connection c, long itemId, boolean read) throws SQLException {
        boolean wasRead;
        OfflineState state;
        String itemServerId;
        long folderId;
        // Lock only the item row: the folder row is locked last, by the count update, in the same order
        // as a sync batch takes them, so the two cannot deadlock.
        try (PreparedStatement s = c.prepareStatement(
                "SELECT is_read, offline_state, server_id, folder_id FROM items WHERE id = ? FOR UPDATE")) {
            s.setLong(1, itemId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new CacheException("No cached item has id " + itemId);
                }
                wasRead = r.getBoolean(1);
                state = OfflineState.valueOf(r.getString(2));
                itemServerId = r.getString(3);
                folderId = r.getLong(4);
            }
        }
        if (wasRead == read) {
            return Optional.empty();
        }
        OfflineState newState = state == OfflineState.SYNCED ? OfflineState.LOCALLY_MODIFIED : state;
        try (PreparedStatement s = c.prepareStatement("UPDATE items SET is_read = ?, offline_state = ? WHERE id = ?")) {
            s.setBoolean(1, read);
            s.setString(2, newState.name());
            s.setLong(3, itemId);
            s.executeUpdate();
        }
        FolderTable.FolderRef folder = FolderTable.ref(c, folderId);
        if (state != OfflineState.LOCALLY_CREATED) {
            PendingOperationTable.replace(c, folder.accountId(), folder.serverId(), itemServerId,
                    PendingOperation.Kind.SET_READ, Boolean.toString(read));
        }
        FolderTable.adjustCounts(c, folderId, 0, read ? -1 : 1);
        return Optional.of(new Touched(folder.accountId(), folderId));
    }
}
