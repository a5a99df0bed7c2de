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
        String folderServerId;
        String accountId;
        try (PreparedStatement s = c.prepareStatement("SELECT i.is_read, i.offline_state, i.server_id, i.folder_id, "
                + "f.server_id, f.account_id FROM items i JOIN folders f ON f.id = i.folder_id WHERE i.id = ? "
                + "FOR UPDATE")) {
            s.setLong(1, itemId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new CacheException("No cached item has id " + itemId);
                }
                wasRead = r.getBoolean(1);
                state = OfflineState.valueOf(r.getString(2));
                itemServerId = r.getString(3);
                folderId = r.getLong(4);
                folderServerId = r.getString(5);
                accountId = r.getString(6);
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
        FolderTable.adjustCounts(c, folderId, 0, read ? -1 : 1);
        if (state != OfflineState.LOCALLY_CREATED) {
            PendingOperationTable.replace(c, accountId, folderServerId, itemServerId, PendingOperation.Kind.SET_READ,
                    Boolean.toString(read));
        }
        return Optional.of(new Touched(accountId, folderId));
    }
}
