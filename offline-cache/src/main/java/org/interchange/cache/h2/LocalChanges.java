package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.h2.ItemRows.ItemRow;
import org.interchange.cache.spi.PendingOperation;

/**
 * Local read and flag changes of cached items ([MS-OXCMSG] 2.2.3.10, [MS-OXOFLAG] 2.2.1.1): the item
 * row, the folder counts and the pending operation change together.
 */
final class LocalChanges {

    private LocalChanges() {
    }

    /**
     * Sets an item's read flag. A synced item becomes locally modified and a SET_READ operation is recorded;
     * a locally created item only changes its row (its creation upload carries the flag).
     */
    static Touched setRead(Connection c, long itemId, boolean read) throws SQLException {
        // Lock only the item row: the folder row is locked last, by the count update, in the same order
        // as a sync batch takes them, so the two cannot deadlock.
        ItemRow row = ItemRows.lockVisible(c, itemId);
        if (row.read() == read) {
            return new Touched();
        }
        update(c, row, "is_read", read);
        FolderTable.adjustCounts(c, row.folderId(), 0, read ? -1 : 1);
        return record(c, row, PendingOperation.Kind.SET_READ, read);
    }

    /** Flags or unflags an item, recording a SET_FLAGGED operation as {@link #setRead} does. */
    static Touched setFlagged(Connection c, long itemId, boolean flagged) throws SQLException {
        ItemRow row = ItemRows.lockVisible(c, itemId);
        if (row.flagged() == flagged) {
            return new Touched();
        }
        update(c, row, "flagged", flagged);
        return record(c, row, PendingOperation.Kind.SET_FLAGGED, flagged);
    }

    private static void update(Connection c, ItemRow row, String column, boolean value) throws SQLException {
        OfflineState state = row.state() == OfflineState.SYNCED ? OfflineState.LOCALLY_MODIFIED : row.state();
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE items SET " + column + " = ?, offline_state = ? WHERE id = ?")) {
            s.setBoolean(1, value);
            s.setString(2, state.name());
            s.setLong(3, row.id());
            s.executeUpdate();
        }
    }

    private static Touched record(Connection c, ItemRow row, PendingOperation.Kind kind, boolean value)
            throws SQLException {
        FolderTable.FolderRef folder = FolderTable.ref(c, row.folderId());
        if (row.state() != OfflineState.LOCALLY_CREATED) {
            PendingOperationTable.replace(c, folder.accountId(), folder.serverId(), row.serverId(), kind,
                    Boolean.toString(value));
        }
        return new Touched().folder(folder.accountId(), row.folderId());
    }
}
