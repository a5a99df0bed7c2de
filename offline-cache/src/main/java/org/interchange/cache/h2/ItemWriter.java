package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.search.SearchQueueTrigger;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.PendingOperation.Kind;
import org.interchange.cache.spi.RemoteAttachment;
import org.interchange.cache.spi.RemoteItem;

/**
 * Writes server items into one folder inside an open transaction and keeps track of how the folder's
 * total and unread counts change, so they are applied in the same transaction by {@link #applyCounts()}.
 * Local changes not yet uploaded survive a server write (see {@link #upsert} and {@link #delete}).
 */
final class ItemWriter implements AutoCloseable {

    private static final List<String> COLUMNS = List.of("kind", "revision", "offline_state", "subject",
            "subject_key", "sender", "sender_key", "recipients", "sort_date", "end_date", "item_size", "is_read",
            "flagged", "has_attachments", "preview", "body_text", "body_html", "payload");
    private static final String INSERT = "INSERT INTO items (folder_id, server_id, " + String.join(", ", COLUMNS)
            + ") VALUES (?, ?" + ", ?".repeat(COLUMNS.size()) + ")";
    private static final String UPDATE = "UPDATE items SET " + String.join(" = ?, ", COLUMNS) + " = ? WHERE id = ?";
    /** Upserts whose stored rows are looked up together (a sync batch is usually this long). */
    static final int LOOKUP_BATCH = 50;
    private static final String EXISTING = "id, offline_state, is_read, flagged, revision";
    /**
     * One seek of the unique index (folder_id, server_id) per server id: H2 seeks an IN list only on an index's
     * first column, so the ids come as a table walked first (a left join keeps that order).
     */
    private static final String FIND_ALL = "SELECT i.id, i.offline_state, i.is_read, i.flagged, i.revision, t.x "
            + "FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS t(x) LEFT JOIN items i ON i.folder_id = ? AND i.server_id = t.x";
    /** Rows by id, seeking the primary key once per id (H2 plans an IN subquery of UNNEST far slower). */
    private static final String ROW_IDS = "id = ANY(?)";

    private final Connection c;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    /** Upserts not stored yet, waiting to be looked up together (see {@link #flush}). */
    private final List<RemoteItem> waiting = new ArrayList<>();
    /** Deletions not applied yet, waiting to be looked up and removed together. */
    private final List<String> deleting = new ArrayList<>();
    /** Read-state changes not applied yet, in the order they came. */
    private final List<ReadChange> reading = new ArrayList<>();
    /** Ids of rows inserted but not yet queued for the search index. */
    private final List<Long> inserted = new ArrayList<>();
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

    private record ReadChange(String serverId, boolean read) {
    }

    private record Existing(long id, OfflineState state, boolean read, boolean flagged, String revision) {
        int total() {
            return state == OfflineState.LOCALLY_DELETED ? 0 : 1;
        }

        int unread() {
            return state == OfflineState.LOCALLY_DELETED || read ? 0 : 1;
        }
    }

    /**
     * Stores the server's version of an item, at the latest when this writer next writes anything else or
     * {@link #applyCounts} runs (see {@link #flush}). Local changes not yet uploaded survive it: a locally deleted
     * item stays hidden, a local read or flag change keeps its value, and a local content edit of an item the
     * server changed too (another revision) is kept as a conflict copy; with the same revision the edit stays.
     */
    void upsert(RemoteItem item) throws SQLException {
        flushDeletes();
        flushReads();
        waiting.add(item);
        if (waiting.size() == LOOKUP_BATCH) {
            flushUpserts();
        }
    }

    /**
     * Applies the writes waiting for their lookup: upserts, deletions and read changes are each looked up together
     * (one query for up to {@link #LOOKUP_BATCH} of them instead of one each). Only one kind waits at a time: a write
     * of another kind applies the waiting ones first, so the order of a batch's writes is kept.
     */
    void flush() throws SQLException {
        flushUpserts();
        flushDeletes();
        flushReads();
    }

    private void flushUpserts() throws SQLException {
        if (waiting.isEmpty()) {
            return;
        }
        List<RemoteItem> items = List.copyOf(waiting);
        waiting.clear();
        Map<String, Existing> rows = findAll(items.stream().map(RemoteItem::serverId).toList());
        for (RemoteItem item : items) {
            rows.put(item.serverId(), store(item, rows.get(item.serverId())));
        }
        queueInserted();
    }

    /** Stores one item over its stored row {@code old} (null when there is none); returns the row it leaves. */
    private Existing store(RemoteItem item, Existing old) throws SQLException {
        if (old == null) {
            long itemId = insert(item, OfflineState.SYNCED);
            totalDelta++;
            unreadDelta += item.read() ? 0 : 1;
            insertFields(itemId, item.fields());
            insertAttachments(itemId, item.attachments());
            return new Existing(itemId, OfflineState.SYNCED, item.read(), item.flagged(), item.revision());
        }
        OfflineState state = old.state() == OfflineState.LOCALLY_DELETED ? old.state() : OfflineState.SYNCED;
        boolean read = item.read();
        boolean flagged = item.flagged();
        if (old.state() == OfflineState.LOCALLY_MODIFIED) {
            Set<Kind> kinds = PendingOperationTable.kindsFor(c, accountId, folderServerId, item.serverId());
            if (kinds.contains(Kind.UPDATE)) {
                if (Objects.equals(old.revision(), item.revision())) {
                    return old;
                }
                ConflictCopies.keep(c, accountId, ItemRows.lock(c, old.id()), folderServerId);
                PendingOperationTable.deleteFor(c, accountId, folderServerId, item.serverId(), Kind.UPDATE);
                kinds.remove(Kind.UPDATE);
            }
            read = kinds.contains(Kind.SET_READ) ? old.read() : read;
            flagged = kinds.contains(Kind.SET_FLAGGED) ? old.flagged() : flagged;
            state = kinds.isEmpty() ? OfflineState.SYNCED : OfflineState.LOCALLY_MODIFIED;
        }
        update(old.id(), item, state, read, flagged);
        Existing now = new Existing(old.id(), state, read, flagged, item.revision());
        totalDelta += now.total() - old.total();
        unreadDelta += now.unread() - old.unread();
        deleteChildren(old.id());
        insertFields(old.id(), item.fields());
        insertAttachments(old.id(), item.attachments());
        return now;
    }

    /**
     * Removes an item the server no longer has, with its local changes that can no longer be uploaded; a
     * local content edit is kept as a conflict copy, and a local move's copy follows its original.
     */
    void delete(String itemServerId) throws SQLException {
        flushUpserts();
        flushReads();
        deleting.add(itemServerId);
        if (deleting.size() == LOOKUP_BATCH) {
            flushDeletes();
        }
    }

    /**
     * Removes the waiting deletions' rows with one statement, after locking them, so a local edit either committed
     * before (and is seen here) or waits for this transaction; only items with pending operations are looked at
     * one by one.
     */
    private void flushDeletes() throws SQLException {
        if (deleting.isEmpty()) {
            return;
        }
        List<String> ids = List.copyOf(deleting);
        deleting.clear();
        Map<String, Existing> rows = findAll(ids);
        Map<String, Long> gone = new LinkedHashMap<>();
        for (String id : ids) {
            Existing old = rows.remove(id);
            if (old != null) {
                gone.put(id, old.id());
                totalDelta -= old.total();
                unreadDelta -= old.unread();
            }
        }
        if (gone.isEmpty()) {
            return;
        }
        List<Long> rowIds = List.copyOf(gone.values());
        lockRows(rowIds);
        for (String id : PendingOperationTable.itemsWithOperations(c, accountId, folderServerId,
                List.copyOf(gone.keySet()))) {
            dropLocalChanges(id, gone.get(id));
        }
        PreparedStatement s = statement("DELETE FROM items WHERE " + ROW_IDS);
        s.setObject(1, rowIds.toArray(Long[]::new));
        s.executeUpdate();
    }

    private void lockRows(List<Long> itemIds) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM items WHERE " + ROW_IDS + " FOR UPDATE")) {
            s.setObject(1, itemIds.toArray(Long[]::new));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    r.getLong(1);
                }
            }
        }
    }

    /** Drops the local changes of an item the server deleted: an edit becomes a conflict copy, a move's copy goes. */
    private void dropLocalChanges(String itemServerId, long rowId) throws SQLException {
        if (ConflictCopies.edited(c, accountId, folderServerId, itemServerId)) {
            ConflictCopies.keep(c, accountId, ItemRows.lock(c, rowId), folderServerId);
        }
        for (PendingOperation op : PendingOperationTable.forItem(c, accountId, folderServerId, itemServerId)) {
            if (op.kind() == Kind.MOVE) {
                ConflictCopies.dropMovedCopy(c, accountId, op.value(), itemServerId);
            }
        }
        PendingOperationTable.deleteFor(c, accountId, folderServerId, itemServerId);
    }

    /** Sets the server's read state of an item, unless a local read change of it waits for upload. */
    void setRead(String itemServerId, boolean read) throws SQLException {
        flushUpserts();
        flushDeletes();
        reading.add(new ReadChange(itemServerId, read));
        if (reading.size() == LOOKUP_BATCH) {
            flushReads();
        }
    }

    /** Applies the waiting read changes with one statement per read state. */
    private void flushReads() throws SQLException {
        if (reading.isEmpty()) {
            return;
        }
        List<ReadChange> changes = List.copyOf(reading);
        reading.clear();
        Map<String, Existing> rows = findAll(changes.stream().map(ReadChange::serverId).toList());
        Map<Long, Boolean> changed = new LinkedHashMap<>();
        for (ReadChange change : changes) {
            Existing old = rows.get(change.serverId());
            if (old == null || old.read() == change.read() || keepsLocalRead(old, change.serverId())) {
                continue;
            }
            Existing now = new Existing(old.id(), old.state(), change.read(), old.flagged(), old.revision());
            rows.put(change.serverId(), now);
            changed.put(old.id(), change.read());
            unreadDelta += now.unread() - old.unread();
        }
        for (boolean read : new boolean[] {true, false}) {
            Long[] ids = changed.entrySet().stream().filter(e -> e.getValue() == read).map(Map.Entry::getKey)
                    .toArray(Long[]::new);
            if (ids.length > 0) {
                PreparedStatement s = statement("UPDATE items SET is_read = ? WHERE " + ROW_IDS);
                s.setBoolean(1, read);
                s.setObject(2, ids);
                s.executeUpdate();
            }
        }
    }

    private boolean keepsLocalRead(Existing old, String itemServerId) throws SQLException {
        return old.state() == OfflineState.LOCALLY_MODIFIED && PendingOperationTable
                .kindsFor(c, accountId, folderServerId, itemServerId).contains(Kind.SET_READ);
    }

    /** Adds the count changes of this writer's upserts and deletes to the folder row; returns whether any. */
    boolean applyCounts() throws SQLException {
        flush();
        boolean changed = totalDelta != 0 || unreadDelta != 0;
        FolderTable.adjustCounts(c, folderId, totalDelta, unreadDelta);
        totalDelta = 0;
        unreadDelta = 0;
        return changed;
    }

    /** The stored rows of at most {@link #LOOKUP_BATCH} items, by server id, read with one query. */
    private Map<String, Existing> findAll(List<String> serverIds) throws SQLException {
        PreparedStatement s = statement(FIND_ALL);
        s.setObject(1, serverIds.toArray(String[]::new));
        s.setLong(2, folderId);
        Map<String, Existing> rows = new HashMap<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                if (r.getObject(1) != null) {
                    rows.put(r.getString(6), existing(r));
                }
            }
        }
        return rows;
    }

    private static Existing existing(ResultSet r) throws SQLException {
        return new Existing(r.getLong(1), OfflineState.valueOf(r.getString(2)), r.getBoolean(3), r.getBoolean(4),
                r.getString(5));
    }

    /** Inserts an item made in the cache (a creation, a draft, a message to send) in {@code state}. */
    long insertLocal(RemoteItem item, OfflineState state) throws SQLException {
        flush();
        long itemId = insert(item, state);
        queueInserted();
        totalDelta++;
        unreadDelta += item.read() ? 0 : 1;
        insertFields(itemId, item.fields());
        insertAttachments(itemId, item.attachments());
        return itemId;
    }

    /** Replaces all columns, fields and attachments of a row with a local version, keeping its read state. */
    void replaceLocal(long itemId, RemoteItem item, OfflineState state) throws SQLException {
        flush();
        update(itemId, item, state, item.read(), item.flagged());
        deleteChildren(itemId);
        insertFields(itemId, item.fields());
        insertAttachments(itemId, item.attachments());
    }

    /** Inserts an item row; it is queued for the search index by the next {@link #queueInserted}. */
    private long insert(RemoteItem item, OfflineState state) throws SQLException {
        PreparedStatement s = statement(INSERT);
        s.setLong(1, folderId);
        s.setString(2, item.serverId());
        bindColumns(s, 3, item, state, item.read(), item.flagged());
        long itemId = SearchQueueTrigger.callerQueues(() -> {
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        });
        inserted.add(itemId);
        return itemId;
    }

    /** Queues the rows {@link #insert} inserted for the search index, all with one statement. */
    private void queueInserted() throws SQLException {
        SearchQueueTrigger.queue(c, inserted);
        inserted.clear();
    }

    private void update(long itemId, RemoteItem item, OfflineState state, boolean read, boolean flagged)
            throws SQLException {
        PreparedStatement s = statement(UPDATE);
        int next = bindColumns(s, 1, item, state, read, flagged);
        s.setLong(next, itemId);
        s.executeUpdate();
    }

    private static int bindColumns(PreparedStatement s, int first, RemoteItem item, OfflineState state, boolean read,
                                   boolean flagged) throws SQLException {
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
        s.setBoolean(i++, flagged);
        s.setBoolean(i++, item.attachments() != null && !item.attachments().isEmpty()
                || "true".equals(item.fields().get(ItemFields.HAS_ATTACHMENTS)));
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
