package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.interchange.cache.api.CacheException;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.FolderRole;
import org.interchange.cache.spi.RemoteFolder;

/** Rows of the {@code folders} table, with their maintained item counts. */
final class FolderTable {

    /** The account, server id, kind and role of a folder row. */
    record FolderRef(long id, String accountId, String serverId, FolderKind kind, FolderRole role) {
    }

    private FolderTable() {
    }

    static FolderRef ref(Connection c, long folderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT account_id, server_id, kind, folder_role FROM folders WHERE id = ?")) {
            s.setLong(1, folderId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new CacheException("No cached folder has id " + folderId);
                }
                return new FolderRef(folderId, r.getString(1), r.getString(2), FolderKind.valueOf(r.getString(3)),
                        FolderRole.valueOf(r.getString(4)));
            }
        }
    }

    /** The account's folder with {@code role}, the first in folder order when several claim it. */
    static Optional<FolderRef> withRole(Connection c, String accountId, FolderRole role) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM folders WHERE account_id = ? AND folder_role = ? "
                + "ORDER BY position, id LIMIT 1")) {
            s.setString(1, accountId);
            s.setString(2, role.name());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(ref(c, r.getLong(1))) : Optional.empty();
            }
        }
    }

    static List<CachedFolder> list(Connection c, String accountId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, server_id, parent_server_id, display_name, kind, "
                + "total_count, unread_count, folder_role FROM folders WHERE account_id = ? ORDER BY position, id")) {
            s.setString(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                List<CachedFolder> folders = new ArrayList<>();
                while (r.next()) {
                    folders.add(new CachedFolder(r.getLong(1), accountId, r.getString(2), r.getString(3),
                            r.getString(4), FolderKind.valueOf(r.getString(5)), r.getInt(6), r.getInt(7),
                            FolderRole.valueOf(r.getString(8))));
                }
                return folders;
            }
        }
    }

    static List<RemoteFolder> remoteFolders(Connection c, String accountId) throws SQLException {
        return list(c, accountId).stream()
                .map(f -> new RemoteFolder(f.serverId(), f.parentServerId(), f.displayName(), f.kind(), f.role()))
                .toList();
    }

    static OptionalLong idOf(Connection c, String accountId, String serverId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM folders WHERE account_id = ? AND server_id = ?")) {
            s.setString(1, accountId);
            s.setString(2, serverId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? OptionalLong.of(r.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    static int totalCount(Connection c, long folderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT total_count FROM folders WHERE id = ?")) {
            s.setLong(1, folderId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    static void adjustCounts(Connection c, long folderId, int totalDelta, int unreadDelta) throws SQLException {
        if (totalDelta == 0 && unreadDelta == 0) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE folders SET total_count = total_count + ?, "
                + "unread_count = unread_count + ? WHERE id = ?")) {
            s.setInt(1, totalDelta);
            s.setInt(2, unreadDelta);
            s.setLong(3, folderId);
            s.executeUpdate();
        }
    }

    /**
     * Makes the account's folders equal to {@code wanted}: adds new ones, updates name, parent, kind and
     * position of known ones, removes the rest with their items (and their pending operations, which can no
     * longer be delivered), except folders made offline and not uploaded yet; a folder renamed offline keeps its
     * new name until the rename is uploaded. Returns whether anything changed.
     */
    static boolean replace(Connection c, String accountId, List<RemoteFolder> wanted) throws SQLException {
        Map<String, RemoteFolder> existing = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT server_id, parent_server_id, display_name, kind, "
                + "position, folder_role FROM folders WHERE account_id = ?")) {
            s.setString(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    existing.put(r.getString(1), new RemoteFolder(r.getString(1), r.getString(2), r.getString(3),
                            FolderKind.valueOf(r.getString(4)), FolderRole.valueOf(r.getString(6))));
                    positions.put(r.getString(1), r.getInt(5));
                }
            }
        }
        Map<String, String> pendingNames = PendingOperationTable.folderRenames(c, accountId);
        existing.keySet().removeAll(PendingOperationTable.foldersToCreate(c, accountId));
        boolean changed = false;
        int position = 0;
        for (RemoteFolder listed : wanted) {
            String name = pendingNames.getOrDefault(listed.serverId(), listed.displayName());
            RemoteFolder folder = new RemoteFolder(listed.serverId(), listed.parentServerId(), name, listed.kind(),
                    listed.role());
            RemoteFolder old = existing.remove(folder.serverId());
            if (old == null) {
                insert(c, accountId, folder, position);
                changed = true;
            } else if (!old.equals(folder) || !Objects.equals(positions.get(folder.serverId()), position)) {
                update(c, accountId, folder, position);
                changed = true;
            }
            position++;
        }
        for (String gone : existing.keySet()) {
            remove(c, accountId, gone);
            changed = true;
        }
        return changed;
    }

    /** Inserts a folder made offline after the account's others; returns its id. */
    static long insertLocal(Connection c, String accountId, RemoteFolder folder) throws SQLException {
        int position;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM folders WHERE account_id = ?")) {
            s.setString(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                position = r.getInt(1);
            }
        }
        insert(c, accountId, folder, position);
        return idOf(c, accountId, folder.serverId()).orElseThrow();
    }

    static void rename(Connection c, long folderId, String displayName) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE folders SET display_name = ? WHERE id = ?")) {
            s.setString(1, displayName);
            s.setLong(2, folderId);
            s.executeUpdate();
        }
    }

    static void changeServerId(Connection c, String accountId, String serverId, String newServerId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE folders SET server_id = ? WHERE account_id = ? AND server_id = ?")) {
            s.setString(1, newServerId);
            s.setString(2, accountId);
            s.setString(3, serverId);
            s.executeUpdate();
        }
    }

    /** Points the subfolders of {@code parentServerId} at {@code newParentServerId}. */
    static void reparent(Connection c, String accountId, String parentServerId, String newParentServerId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE folders SET parent_server_id = ? WHERE account_id = ? AND parent_server_id = ?")) {
            s.setString(1, newParentServerId);
            s.setString(2, accountId);
            s.setString(3, parentServerId);
            s.executeUpdate();
        }
    }

    /** Moves the items and counts of folder {@code fromId} into folder {@code toId} and removes {@code fromId}. */
    static void mergeInto(Connection c, long fromId, long toId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE folders SET total_count = total_count + "
                + "(SELECT total_count FROM folders WHERE id = ?), unread_count = unread_count + "
                + "(SELECT unread_count FROM folders WHERE id = ?) WHERE id = ?")) {
            s.setLong(1, fromId);
            s.setLong(2, fromId);
            s.setLong(3, toId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE items SET folder_id = ? WHERE folder_id = ?")) {
            s.setLong(1, toId);
            s.setLong(2, fromId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM folders WHERE id = ?")) {
            s.setLong(1, fromId);
            s.executeUpdate();
        }
    }

    private static void insert(Connection c, String accountId, RemoteFolder f, int position) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO folders (account_id, server_id, parent_server_id, "
                + "display_name, kind, position, folder_role) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, accountId);
            s.setString(2, f.serverId());
            s.setString(3, f.parentServerId());
            s.setString(4, f.displayName());
            s.setString(5, f.kind().name());
            s.setInt(6, position);
            s.setString(7, f.role().name());
            s.executeUpdate();
        }
    }

    private static void update(Connection c, String accountId, RemoteFolder f, int position) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE folders SET parent_server_id = ?, display_name = ?, "
                + "kind = ?, position = ?, folder_role = ? WHERE account_id = ? AND server_id = ?")) {
            s.setString(1, f.parentServerId());
            s.setString(2, f.displayName());
            s.setString(3, f.kind().name());
            s.setInt(4, position);
            s.setString(5, f.role().name());
            s.setString(6, accountId);
            s.setString(7, f.serverId());
            s.executeUpdate();
        }
    }

    private static void remove(Connection c, String accountId, String serverId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM pending_operations WHERE account_id = ? AND folder_server_id = ?")) {
            s.setString(1, accountId);
            s.setString(2, serverId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM folders WHERE account_id = ? AND server_id = ?")) {
            s.setString(1, accountId);
            s.setString(2, serverId);
            s.executeUpdate();
        }
    }
}
