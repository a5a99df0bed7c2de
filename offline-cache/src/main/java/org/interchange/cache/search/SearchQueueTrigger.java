package org.interchange.cache.search;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * Queues an item for the search index (migration V62) in the transaction that writes it: one row in
 * {@code search_pending} when an item is inserted, deleted or changed in what the index holds, or when
 * one of its searched fields ({@link SearchDocuments#TEXT_FIELDS}) is written or deleted. A writer of many
 * items may insert them with {@link #callerQueues} and queue them together with {@link #queue}, one statement
 * for all instead of one per item.
 */
public final class SearchQueueTrigger implements Trigger {
    /** Set while this thread inserts item rows that it queues itself, in the same transaction. */
    private static final ThreadLocal<Boolean> CALLER_QUEUES = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private static final List<String> ITEM_COLUMNS = List.of("ID", "FOLDER_ID", "KIND", "OFFLINE_STATE", "SORT_DATE",
            "SUBJECT", "SENDER", "RECIPIENTS", "BODY_TEXT", "BODY_HTML");
    private static final List<String> FIELD_COLUMNS = List.of("ITEM_ID", "NAME", "FIELD_VALUE");

    private boolean onItems;
    private final Map<String, Integer> column = new HashMap<>();

    @Override
    public void init(Connection c, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        onItems = table.equalsIgnoreCase("ITEMS");
        column.putAll(TriggerColumns.of(c, schema, table, onItems ? ITEM_COLUMNS : FIELD_COLUMNS, "search queue"));
    }

    /** An insert of item rows whose search queue rows its caller writes itself. */
    @FunctionalInterface
    public interface ItemInsert<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code insert}, which inserts rows into {@code items}, without queueing them: the caller promises to
     * queue every row it inserted with {@link #queue} in the same transaction. Updates and deletes are still
     * queued here.
     */
    public static <T> T callerQueues(ItemInsert<T> insert) throws SQLException {
        CALLER_QUEUES.set(Boolean.TRUE);
        try {
            return insert.run();
        } finally {
            CALLER_QUEUES.set(Boolean.FALSE);
        }
    }

    /** Queues the items {@code itemIds} for the search index in {@code c}'s transaction, with one statement. */
    public static void queue(Connection c, List<Long> itemIds) throws SQLException {
        if (itemIds.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO search_pending (item_id) SELECT x FROM UNNEST(CAST(? AS BIGINT ARRAY)) AS t(x)")) {
            s.setObject(1, itemIds.toArray(Long[]::new));
            s.executeUpdate();
        }
    }

    @Override
    public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        if (onItems && oldRow == null && CALLER_QUEUES.get()) {
            return;
        }
        boolean queue = onItems ? !unchanged(oldRow, newRow, ITEM_COLUMNS)
                : (searched(oldRow) || searched(newRow)) && !unchanged(oldRow, newRow, FIELD_COLUMNS);
        if (!queue) {
            return;
        }
        Object[] row = newRow != null ? newRow : oldRow;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO search_pending (item_id) VALUES (?)")) {
            s.setLong(1, ((Number) row[column.get(onItems ? "ID" : "ITEM_ID")]).longValue());
            s.executeUpdate();
        }
    }

    private boolean searched(Object[] fieldRow) {
        return fieldRow != null && SearchDocuments.TEXT_FIELDS.contains(String.valueOf(fieldRow[column.get("NAME")]));
    }

    /** True for an update that leaves every one of {@code names} as it was. */
    private boolean unchanged(Object[] oldRow, Object[] newRow, List<String> names) throws SQLException {
        if (oldRow == null || newRow == null) {
            return false;
        }
        for (String name : names) {
            if (!same(oldRow[column.get(name)], newRow[column.get(name)])) {
                return false;
            }
        }
        return true;
    }

    /** Equal values; bodies compare by what the index reads of them. */
    private static boolean same(Object a, Object b) throws SQLException {
        if (a instanceof Clob x && b instanceof Clob y) {
            long length = x.length();
            if (length != y.length()) {
                return false;
            }
            int read = (int) Math.min(length, SearchDocuments.MAX_BODY_CHARS);
            return read == 0 || x.getSubString(1, read).equals(y.getSubString(1, read));
        }
        return Objects.equals(a, b);
    }
}
