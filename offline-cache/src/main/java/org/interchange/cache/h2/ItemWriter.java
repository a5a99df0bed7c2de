package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.spi.RemoteAttachment;
import org.interchange.cache.spi.RemoteItem;

/**
 * Writes server items into one folder inside an open transaction and keeps track of how the folder's
 * total and unread counts change, so they are applied in the same transaction by {@link #applyCounts()}.
 * An item with a local change not yet uploaded keeps its local read flag and offline state.
 */
final class ItemWriter implements AutoCloseable {

    private static final List<String> COLUMNS = List.of("kind", "revision", "offline_state", "subject",
            "subject_key", "sender", "sender_key", "recipients", "sort_date", "end_date", "item_size", "is_read",
            "flagged", "has_attachments", "preview", "body_text", "body_html", "payload");
    private static final String INSERT = "INSERT INTO items (folder_id, server_id, " + String.join(", ", COLUMNS)
            + ") VALUES (?, ?" + ", ?".repeat(COLUMNS.size()) + ")";
    private static final String UPDATE = "UPDATE items SET " + String.join(" = ?, ", COLUMNS) + " = ? WHERE id = ?";

    private final Connection c;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final String accountId;
    private final long folderId;
    private final String folderServerId;
    private int totalDelta;
    private int unreadDelta;

    ItemWriter(Connection c, String accountId, long folderId, String folderServerId) {
        this.c = c;
        this.accountId = accountId;
        this.folderId = folderId;
        this.folderServerId = folderServerId;
    }

    private record Existing(long id, OfflineState state, boolean read) {
    }

    void upsert(RemoteItem item) throws SQLException {
        Existing old = find(item.serverId());
        long itemId;
        boolean read;
        if (old == null) {
            read = item.read();
            itemId = insert(item);
            totalDelta++;
        } else {
            boolean local = old.state() == OfflineState.LOCALLY_MODIFIED || old.state() == OfflineState.LOCALLY_DELETED;
            read = old.state() == OfflineState.LOCALLY_MODIFIED ? old.read() : item.read();
            itemId = old.id();
            update(itemId, item, local ? old.state() : OfflineState.SYNCED, read);
            unreadDelta -= old.read() ? 0 : 1;
            deleteChildren(itemId);
        }
        unreadDelta += read ? 0 : 1;
        insertFields(itemId, item.fields());
        insertAttachments(itemId, item.attachments());
    }

    /** Removes an item the server no longer has, with any local change to it that can no longer be uploaded. */
    void delete(String itemServerId) throws SQLException {
        Existing old = find(itemServerId);
        if (old == null) {
            return;
        }
        PreparedStatement deleteItem = statement("DELETE FROM items WHERE id = ?");
        deleteItem.setLong(1, old.id());
        deleteItem.executeUpdate();
        PreparedStatement deleteOps = statement("DELETE FROM pending_operations WHERE account_id = ? "
                + "AND folder_server_id = ? AND item_server_id = ?");
        deleteOps.setString(1, accountId);
        deleteOps.setString(2, folderServerId);
        deleteOps.setString(3, itemServerId);
        deleteOps.executeUpdate();
        totalDelta--;
        unreadDelta -= old.read() ? 0 : 1;
    }

    /** Adds the count changes of this writer's upserts and deletes to the folder row; returns whether any. */
    boolean applyCounts() throws SQLException {
        boolean changed = totalDelta != 0 || unreadDelta != 0;
        FolderTable.adjustCounts(c, folderId, totalDelta, unreadDelta);
        totalDelta = 0;
        unreadDelta = 0;
        return changed;
    }

    private Existing find(String serverId) throws SQLException {
        PreparedStatement s = statement(
                "SELECT id, offline_state, is_read FROM items WHERE folder_id = ? AND server_id = ?");
        s.setLong(1, folderId);
        s.setString(2, serverId);
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? new Existing(r.getLong(1), OfflineState.valueOf(r.getString(2)), r.getBoolean(3))
                    : null;
        }
    }

    private long insert(RemoteItem item) throws SQLException {
        PreparedStatement s = statement(INSERT);
        s.setLong(1, folderId);
        s.setString(2, item.serverId());
        bindColumns(s, 3, item, OfflineState.SYNCED, item.read());
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private void update(long itemId, RemoteItem item, OfflineState state, boolean read) throws SQLException {
        PreparedStatement s = statement(UPDATE);
        int next = bindColumns(s, 1, item, state, read);
        s.setLong(next, itemId);
        s.executeUpdate();
    }

    private static int bindColumns(PreparedStatement s, int first, RemoteItem item, OfflineState state, boolean read)
            throws SQLException {
        int i = first;
        s.setString(i++, item.kind().name());
        s.setString(i++, item.revision());
        s.setString(i++, state.name());
        s.setString(i++, item.subject());
        s.setString(i++, ItemText.subjectKey(item.subject()));
        s.setString(i++, item.sender());
        s.setString(i++, ItemText.senderKey(item.sender()));
        s.setString(i++, item.recipients());
        setInstant(s, i++, item.date());
        setInstant(s, i++, item.endDate());
        s.setLong(i++, item.size());
        s.setBoolean(i++, read);
        s.setBoolean(i++, item.flagged());
        s.setBoolean(i++, item.attachments() != null && !item.attachments().isEmpty());
        s.setString(i++, ItemText.preview(item.bodyText(), item.bodyHtml()));
        s.setString(i++, item.bodyText());
        s.setString(i++, item.bodyHtml());
        s.setBytes(i++, item.payload());
        return i;
    }

    private static void setInstant(PreparedStatement s, int index, Instant instant) throws SQLException {
        if (instant == null) {
            s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(index, instant);
        }
    }

    private void deleteChildren(long itemId) throws SQLException {
        for (String table : List.of("item_fields", "attachments")) {
            PreparedStatement s = statement("DELETE FROM " + table + " WHERE item_id = ?");
            s.setLong(1, itemId);
            s.executeUpdate();
        }
    }

    private void insertFields(long itemId, Map<String, String> fields) throws SQLException {
        if (fields == null || fields.isEmpty()) {
            return;
        }
        PreparedStatement s = statement("INSERT INTO item_fields (item_id, name, field_value) VALUES (?, ?, ?)");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (field.getValue() == null) {
                continue;
            }
            s.setLong(1, itemId);
            s.setString(2, field.getKey());
            s.setString(3, field.getValue());
            s.addBatch();
        }
        s.executeBatch();
    }

    private void insertAttachments(long itemId, List<RemoteAttachment> attachments) throws SQLException {
        if (attachments == null || attachments.isEmpty()) {
            return;
        }
        PreparedStatement s = statement("INSERT INTO attachments (item_id, position, file_name, mime_type, "
                + "size_bytes, content_id, content) VALUES (?, ?, ?, ?, ?, ?, ?)");
        int position = 0;
        for (RemoteAttachment a : attachments) {
            s.setLong(1, itemId);
            s.setInt(2, position++);
            s.setString(3, a.fileName());
            s.setString(4, a.mimeType());
            s.setLong(5, a.content() == null ? 0 : a.content().length);
            s.setString(6, a.contentId());
            s.setBytes(7, a.content());
            s.addBatch();
        }
        s.executeBatch();
    }

    /** The batch's prepared statement for {@code sql}, prepared once and reused for every item. */
    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement s = statements.get(sql);
        if (s == null) {
            s = sql.equals(INSERT) ? c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                    : c.prepareStatement(sql);
            statements.put(sql, s);
        }
        return s;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : statements.values()) {
            s.close();
        }
        statements.clear();
    }
}
