package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Optional;
import java.util.UUID;
import org.interchange.cache.api.CacheException;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.OfflineState;

/** Single item rows inside an open transaction: locking, hiding, copying, renaming and removing them. */
final class ItemRows {

    /** The temporary server id prefix of items made in the cache and not yet uploaded. */
    static final String LOCAL_PREFIX = "local:";

    private static final String ROW_COLUMNS = "id, folder_id, server_id, kind, offline_state, is_read, flagged, "
            + "revision, origin_folder_id";
    private static final String COPIED_COLUMNS = "kind, revision, subject, subject_key, sender, sender_key, "
            + "recipients, sort_date, end_date, item_size, is_read, flagged, has_attachments, preview, body_text, "
            + "body_html, payload";

    /** The bookkeeping columns of an item row; {@code originFolderId} is set on the copy of a locally moved item. */
    record ItemRow(long id, long folderId, String serverId, ItemKind kind, OfflineState state, boolean read,
                   boolean flagged, String revision, Long originFolderId) {

        /** Whether lists and counts show the row (a locally deleted one waits hidden for its upload). */
        boolean visible() {
            return state != OfflineState.LOCALLY_DELETED;
        }

        /** 1 when the row counts as unread in its folder. */
        int unread() {
            return visible() && !read ? 1 : 0;
        }

        int total() {
            return visible() ? 1 : 0;
        }

        boolean movedCopy() {
            return originFolderId != null;
        }
    }

    private ItemRows() {
    }

    static String newLocalId() {
        return LOCAL_PREFIX + UUID.randomUUID();
    }

    /** Locks and reads a visible item row. */
    static ItemRow lockVisible(Connection c, long itemId) throws SQLException {
        ItemRow row = lock(c, itemId);
        if (!row.visible()) {
            throw new CacheException("Item " + itemId + " is deleted");
        }
        return row;
    }

    static ItemRow lock(Connection c, long itemId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + ROW_COLUMNS + " FROM items WHERE id = ? FOR UPDATE")) {
            s.setLong(1, itemId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new CacheException("No cached item has id " + itemId);
                }
                return row(r);
            }
        }
    }

    static Optional<ItemRow> find(Connection c, long folderId, String serverId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + ROW_COLUMNS + " FROM items WHERE folder_id = ? AND server_id = ? FOR UPDATE")) {
            s.setLong(1, folderId);
            s.setString(2, serverId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(row(r)) : Optional.empty();
            }
        }
    }

    private static ItemRow row(ResultSet r) throws SQLException {
        long originId = r.getLong(9);
        Long origin = r.wasNull() ? null : originId;
        return new ItemRow(r.getLong(1), r.getLong(2), r.getString(3), ItemKind.valueOf(r.getString(4)),
                OfflineState.valueOf(r.getString(5)), r.getBoolean(6), r.getBoolean(7), r.getString(8), origin);
    }

    /** Sets the offline state, keeping the folder counts right when the row is hidden or shown. */
    static void setState(Connection c, ItemRow row, OfflineState state) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE items SET offline_state = ? WHERE id = ?")) {
            s.setString(1, state.name());
            s.setLong(2, row.id());
            s.executeUpdate();
        }
        ItemRow after = new ItemRow(row.id(), row.folderId(), row.serverId(), row.kind(), state, row.read(),
                row.flagged(), row.revision(), row.originFolderId());
        FolderTable.adjustCounts(c, row.folderId(), after.total() - row.total(), after.unread() - row.unread());
    }

    /** Removes the row with its fields and attachments, and the counts it made. */
    static void remove(Connection c, ItemRow row) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM items WHERE id = ?")) {
            s.setLong(1, row.id());
            s.executeUpdate();
        }
        FolderTable.adjustCounts(c, row.folderId(), -row.total(), -row.unread());
    }

    /**
     * Copies the row with its fields and attachments into {@code folderId} under {@code serverId};
     * returns the new row's id.
     */
    static long copy(Connection c, ItemRow row, long folderId, String serverId, OfflineState state,
                     Long originFolderId) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO items (folder_id, server_id, offline_state, "
                + "origin_folder_id, " + COPIED_COLUMNS + ") SELECT ?, ?, ?, ?, " + COPIED_COLUMNS
                + " FROM items WHERE id = ?", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, folderId);
            s.setString(2, serverId);
            s.setString(3, state.name());
            if (originFolderId == null) {
                s.setNull(4, Types.BIGINT);
            } else {
                s.setLong(4, originFolderId);
            }
            s.setLong(5, row.id());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO item_fields (item_id, name, field_value) "
                + "SELECT ?, name, field_value FROM item_fields WHERE item_id = ?")) {
            s.setLong(1, id);
            s.setLong(2, row.id());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO attachments (item_id, position, file_name, "
                + "mime_type, size_bytes, content_id, content) SELECT ?, position, file_name, mime_type, size_bytes, "
                + "content_id, content FROM attachments WHERE item_id = ?")) {
            s.setLong(1, id);
            s.setLong(2, row.id());
            s.executeUpdate();
        }
        boolean visible = state != OfflineState.LOCALLY_DELETED;
        FolderTable.adjustCounts(c, folderId, visible ? 1 : 0, visible && !row.read() ? 1 : 0);
        return id;
    }

    /** Moves the row itself to another folder (counts follow it); clears its origin. */
    static void relocate(Connection c, ItemRow row, long folderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE items SET folder_id = ?, origin_folder_id = NULL WHERE id = ?")) {
            s.setLong(1, folderId);
            s.setLong(2, row.id());
            s.executeUpdate();
        }
        FolderTable.adjustCounts(c, row.folderId(), -row.total(), -row.unread());
        FolderTable.adjustCounts(c, folderId, row.total(), row.unread());
    }

    /** Gives the row a new server id, and a new revision unless {@code revision} is null; clears its origin. */
    static void rename(Connection c, ItemRow row, String serverId, String revision) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE items SET server_id = ?, "
                + "revision = COALESCE(?, revision), origin_folder_id = NULL WHERE id = ?")) {
            s.setString(1, serverId);
            s.setString(2, revision);
            s.setLong(3, row.id());
            s.executeUpdate();
        }
    }

    static void setOrigin(Connection c, long itemId, long originFolderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE items SET origin_folder_id = ? WHERE id = ?")) {
            s.setLong(1, originFolderId);
            s.setLong(2, itemId);
            s.executeUpdate();
        }
    }

    static void setRevision(Connection c, long itemId, String revision) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE items SET revision = ? WHERE id = ?")) {
            s.setString(1, revision);
            s.setLong(2, itemId);
            s.executeUpdate();
        }
    }

    static void setField(Connection c, long itemId, String name, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "MERGE INTO item_fields (item_id, name, field_value) KEY (item_id, name) VALUES (?, ?, ?)")) {
            s.setLong(1, itemId);
            s.setString(2, name);
            s.setString(3, value);
            s.executeUpdate();
        }
    }
}
