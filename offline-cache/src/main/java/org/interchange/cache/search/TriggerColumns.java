package org.interchange.cache.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where a table's columns stand in the rows an H2 trigger is given (its INFORMATION_SCHEMA ordinal positions). */
public final class TriggerColumns {
    private TriggerColumns() {
    }

    /**
     * The 0-based position of each column of {@code schema.table}; fails, naming {@code trigger}, when one of
     * {@code required} is missing.
     */
    public static Map<String, Integer> of(Connection c, String schema, String table, List<String> required,
                                          String trigger) throws SQLException {
        Map<String, Integer> column = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT COLUMN_NAME, ORDINAL_POSITION FROM "
                + "INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            s.setString(1, schema);
            s.setString(2, table);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    column.put(r.getString(1), r.getInt(2) - 1);
                }
            }
        }
        for (String name : required) {
            if (!column.containsKey(name)) {
                throw new SQLException(trigger + ": table " + table + " has no column " + name);
            }
        }
        return column;
    }
}
