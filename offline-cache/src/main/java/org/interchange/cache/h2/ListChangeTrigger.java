package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.h2.api.Trigger;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.search.TriggerColumns;

/**
 * Logs, in the transaction that writes an item, what the write did to its folder's lists (migration V66, table
 * {@code list_changes}; read by {@link ListPositions}): a visible row leaving them and one joining them, with
 * the values the list orders sort by, or a visible row changed in place (its read state, its fields).
 */
public final class ListChangeTrigger implements Trigger {
    private static final List<String> COLUMNS = List.of("FOLDER_ID", "OFFLINE_STATE", "SORT_DATE", "SENDER_KEY",
            "SUBJECT_KEY", "ITEM_SIZE");
    private static final List<String> LOGGED = List.of("ID", "FOLDER_ID", "SORT_DATE", "SENDER_KEY", "SUBJECT_KEY",
            "ITEM_SIZE", "OFFLINE_STATE");

    private final Map<String, Integer> column = new HashMap<>();

    @Override
    public void init(Connection c, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        column.putAll(TriggerColumns.of(c, schema, table, LOGGED, "list changes"));
    }

    @Override
    public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        boolean wasListed = listed(oldRow);
        boolean isListed = listed(newRow);
        if (wasListed && isListed && same(oldRow, newRow)) {
            log(c, newRow, 0);
            return;
        }
        if (wasListed) {
            log(c, oldRow, -1);
        }
        if (isListed) {
            log(c, newRow, 1);
        }
    }

    private boolean listed(Object[] row) {
        return row != null && !OfflineState.LOCALLY_DELETED.name().equals(row[column.get("OFFLINE_STATE")]);
    }

    private boolean same(Object[] a, Object[] b) {
        for (String name : COLUMNS) {
            if (!Objects.equals(a[column.get(name)], b[column.get(name)])) {
                return false;
            }
        }
        return true;
    }

    private void log(Connection c, Object[] row, int delta) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO list_changes (folder_id, item_id, delta, sort_date, "
                + "sender_key, subject_key, item_size) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, row[column.get("FOLDER_ID")]);
            s.setObject(2, row[column.get("ID")]);
            s.setInt(3, delta);
            s.setObject(4, row[column.get("SORT_DATE")]);
            s.setObject(5, row[column.get("SENDER_KEY")]);
            s.setObject(6, row[column.get("SUBJECT_KEY")]);
            s.setObject(7, row[column.get("ITEM_SIZE")]);
            s.executeUpdate();
        }
    }
}
