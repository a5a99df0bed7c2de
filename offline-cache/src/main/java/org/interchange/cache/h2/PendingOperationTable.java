package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        insert(c, accountId, folderServerId, itemServerId, kind, value);
    }

    /** The item's waiting operations, oldest first, without item content. */
    static List<PendingOperation> forItem(Connection c, String accountId, String folderServerId, String itemServerId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, folder_server_id, item_server_id, kind, op_value "
                + "FROM pending_operations WHERE account_id = ? AND folder_server_id = ? AND item_server_id = ? "
                + "ORDER BY id")) {
            s.setString(1, accountId);
            s.setString(2, folderServerId);
            s.setString(3, itemServerId);
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

    /** The account's operation with this id, without item content. */
    static Optional<PendingOperation> find(Connection c, String accountId, long operationId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, folder_server_id, item_server_id, kind, op_value "
                + "FROM pending_operations WHERE id = ? AND account_id = ?")) {
            s.setLong(1, operationId);
            s.setString(2, accountId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new PendingOperation(r.getLong(1), r.getString(2), r.getString(3),
                        PendingOperation.Kind.valueOf(r.getString(4)), r.getString(5))) : Optional.empty();
            }
        }
    }

    static void insert(Connection c, String accountId, String folderServerId, String itemServerId,
                       PendingOperation.Kind kind, String value) throws SQLException {
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

    static void deleteById(Connection c, long operationId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM pending_operations WHERE id = ?")) {
            s.setLong(1, operationId);
            s.executeUpdate();
        }
    }

    /** Forgets the item's operations of the given kinds, or all of them when none are given. */
    static void deleteFor(Connection c, String accountId, String folderServerId, String itemServerId,
                          PendingOperation.Kind... kinds) throws SQLException {
        String kindFilter = kinds.length == 0 ? "" : " AND kind IN (" + "?, ".repeat(kinds.length - 1) + "?)";
        try (PreparedStatement s = c.prepareStatement("DELETE FROM pending_operations WHERE account_id = ? "
                + "AND folder_server_id = ? AND item_server_id = ?" + kindFilter)) {
            s.setString(1, accountId);
            s.setString(2, folderServerId);
            s.setString(3, itemServerId);
            for (int i = 0; i < kinds.length; i++) {
                s.setString(4 + i, kinds[i].name());
            }
            s.executeUpdate();
        }
    }

    /** The kinds of the item's waiting operations. */
    /** Which of {@code itemServerIds} of a folder have pending operations, found with one query. */
    static Set<String> itemsWithOperations(Connection c, String accountId, String folderServerId,
                                           List<String> itemServerIds) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT p.item_server_id "
                + "FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS t(x) JOIN pending_operations p "
                + "ON p.account_id = ? AND p.folder_server_id = ? AND p.item_server_id = t.x")) {
            s.setObject(1, itemServerIds.toArray(String[]::new));
            s.setString(2, accountId);
            s.setString(3, folderServerId);
            Set<String> ids = new LinkedHashSet<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            return ids;
        }
    }

    static Set<PendingOperation.Kind> kindsFor(Connection c, String accountId, String folderServerId,
                                               String itemServerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT kind FROM pending_operations WHERE account_id = ? "
                + "AND folder_server_id = ? AND item_server_id = ?")) {
            s.setString(1, accountId);
            s.setString(2, folderServerId);
            s.setString(3, itemServerId);
            try (ResultSet r = s.executeQuery()) {
                Set<PendingOperation.Kind> kinds = EnumSet.noneOf(PendingOperation.Kind.class);
                while (r.next()) {
                    kinds.add(PendingOperation.Kind.valueOf(r.getString(1)));
                }
                return kinds;
            }
        }
    }

    /** Points the item's operations at its new folder and server id. */
    static void retarget(Connection c, String accountId, String folderServerId, String itemServerId,
                         String newFolderServerId, String newItemServerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE pending_operations SET folder_server_id = ?, "
                + "item_server_id = ? WHERE account_id = ? AND folder_server_id = ? AND item_server_id = ?")) {
            s.setString(1, newFolderServerId);
            s.setString(2, newItemServerId);
            s.setString(3, accountId);
            s.setString(4, folderServerId);
            s.setString(5, itemServerId);
            s.executeUpdate();
        }
    }

    /** Sets the value of the item's operations of {@code kind}. */
    static void setValue(Connection c, String accountId, String folderServerId, String itemServerId,
                         PendingOperation.Kind kind, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE pending_operations SET op_value = ? WHERE account_id = ? "
                + "AND folder_server_id = ? AND item_server_id = ? AND kind = ?")) {
            s.setString(1, value);
            s.setString(2, accountId);
            s.setString(3, folderServerId);
            s.setString(4, itemServerId);
            s.setString(5, kind.name());
            s.executeUpdate();
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

    /** Sets the name a waiting CREATE_FOLDER of the folder {@code serverId} uploads; false when there is none. */
    static boolean renameCreatedFolder(Connection c, String accountId, String serverId, String name)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE pending_operations SET op_value = ? WHERE account_id = ? "
                + "AND item_server_id = ? AND kind = ?")) {
            s.setString(1, name);
            s.setString(2, accountId);
            s.setString(3, serverId);
            s.setString(4, PendingOperation.Kind.CREATE_FOLDER.name());
            return s.executeUpdate() > 0;
        }
    }

    /** Records a RENAME_FOLDER of the folder {@code serverId}, replacing an older one. */
    static void replaceFolderRename(Connection c, String accountId, String serverId, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM pending_operations WHERE account_id = ? "
                + "AND folder_server_id = ? AND item_server_id IS NULL AND kind = ?")) {
            s.setString(1, accountId);
            s.setString(2, serverId);
            s.setString(3, PendingOperation.Kind.RENAME_FOLDER.name());
            s.executeUpdate();
        }
        insert(c, accountId, serverId, null, PendingOperation.Kind.RENAME_FOLDER, name);
    }

    /** Server id to the name of the account's folders with a waiting RENAME_FOLDER. */
    static Map<String, String> folderRenames(Connection c, String accountId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT folder_server_id, op_value FROM pending_operations "
                + "WHERE account_id = ? AND kind = ? ORDER BY id")) {
            s.setString(1, accountId);
            s.setString(2, PendingOperation.Kind.RENAME_FOLDER.name());
            try (ResultSet r = s.executeQuery()) {
                Map<String, String> names = new HashMap<>();
                while (r.next()) {
                    names.put(r.getString(1), r.getString(2));
                }
                return names;
            }
        }
    }

    /** The temporary server ids of the account's folders made offline and not uploaded yet. */
    static Set<String> foldersToCreate(Connection c, String accountId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT item_server_id FROM pending_operations "
                + "WHERE account_id = ? AND kind = ?")) {
            s.setString(1, accountId);
            s.setString(2, PendingOperation.Kind.CREATE_FOLDER.name());
            try (ResultSet r = s.executeQuery()) {
                Set<String> ids = new HashSet<>();
                while (r.next()) {
                    ids.add(r.getString(1));
                }
                return ids;
            }
        }
    }

    /** Points the operations waiting in (or on) folder {@code serverId} at {@code newServerId}. */
    static void retargetFolder(Connection c, String accountId, String serverId, String newServerId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE pending_operations SET folder_server_id = ? "
                + "WHERE account_id = ? AND folder_server_id = ?")) {
            s.setString(1, newServerId);
            s.setString(2, accountId);
            s.setString(3, serverId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE pending_operations SET op_value = ? "
                + "WHERE account_id = ? AND kind = ? AND op_value = ?")) {
            s.setString(1, newServerId);
            s.setString(2, accountId);
            s.setString(3, PendingOperation.Kind.MOVE.name());
            s.setString(4, serverId);
            s.executeUpdate();
        }
    }
}
