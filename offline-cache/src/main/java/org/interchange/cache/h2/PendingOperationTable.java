package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.interchange.cache.spi.PendingOperation;

/** Rows of the {@code pending_operations} table: local changes waiting for upload. */
final class PendingOperationTable {

    private PendingOperationTable() {
    }

    static List<PendingOperation> list(Connection c, String accountId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, folder_server_id, item_server_id, kind, op_value "
                + "FROM pending_operations WHERE account_id = ? ORDER BY id")) {
            s.setString(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                List<PendingOperation> ops = new ArrayList<>();
                while (r.next()) {
                    ops.add(new PendingOperation(r.getLong(1), r.getString(2), r.getString(3),
                            PendingOperation.Kind.valueOf(r.getString(4)), r.getString(5)));
                }
                return ops;
            }
        }
    }

    /** Records {@code kind} for an item, replacing an older operation of the same kind that it supersedes. */
    static void replace(Connection c, String accountId, String folderServerId, String itemServerId,
                        PendingOperation.Kind kind, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM pending_operations WHERE account_id = ? "
                + "AND folder_server_id = ? AND item_server_id = ? AND kind = ?")) {
            s.setString(1, accountId);
            s.setString(2, folderServerId);
            s.setString(3, itemServerId);
            s.setString(4, kind.name());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO pending_operations (account_id, folder_server_id, "
                + "item_server_id, kind, op_value, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, accountId);
            s.setString(2, folderServerId);
            s.setString(3, itemServerId);
            s.setString(4, kind.name());
            s.setString(5, value);
            s.setObject(6, Instant.now());
            s.executeUpdate();
        }
    }

    /**
     * Deletes an operation; when no other operation waits for its item, a locally modified item becomes
     * synced. Returns the id of the item's folder when the item's state changed.
     */
    static OptionalLong delete(Connection c, String accountId, long operationId) throws SQLException {
        String folderServerId;
        String itemServerId;
        try (PreparedStatement s = c.prepareStatement("SELECT folder_server_id, item_server_id FROM pending_operations "
                + "WHERE id = ? AND account_id = ?")) {
            s.setLong(1, operationId);
            s.setString(2, accountId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return OptionalLong.empty();
                }
                folderServerId = r.getString(1);
                itemServerId = r.getString(2);
            }
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM pending_operations WHERE id = ?")) {
            s.setLong(1, operationId);
            s.executeUpdate();
        }
        if (itemServerId == null || stillPending(c, accountId, folderServerId, itemServerId)) {
            return OptionalLong.empty();
        }
        OptionalLong folderId = FolderTable.idOf(c, accountId, folderServerId);
        if (folderId.isEmpty()) {
            return OptionalLong.empty();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE items SET offline_state = 'SYNCED' "
                + "WHERE folder_id = ? AND server_id = ? AND offline_state = 'LOCALLY_MODIFIED'")) {
            s.setLong(1, folderId.getAsLong());
            s.setString(2, itemServerId);
            return s.executeUpdate() > 0 ? folderId : OptionalLong.empty();
        }
    }

    static void recordFailure(Connection c, String accountId, long operationId, String reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE pending_operations SET attempts = attempts + 1, "
                + "last_error = ? WHERE id = ? AND account_id = ?")) {
            s.setString(1, reason == null ? null : reason.substring(0, Math.min(reason.length(), 4000)));
            s.setLong(2, operationId);
            s.setString(3, accountId);
            s.executeUpdate();
        }
    }

    private static boolean stillPending(Connection c, String accountId, String folderServerId, String itemServerId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM pending_operations WHERE account_id = ? "
                + "AND folder_server_id = ? AND item_server_id = ? LIMIT 1")) {
            s.setString(1, accountId);
            s.setString(2, folderServerId);
            s.setString(3, itemServerId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }
}
