package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.interchange.cache.spi.RemoteAddress;

/** The cached global address lists of migration V64 ([MS-OXOABK] 2.2.3), one per account, replaced wholesale. */
final class AddressListTable {
    private AddressListTable() {
    }

    static void replace(Connection c, String accountId, List<RemoteAddress> entries) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM address_list WHERE account_id = ?")) {
            s.setString(1, accountId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO address_list (account_id, position, display_name, "
                + "email) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (RemoteAddress entry : entries) {
                s.setString(1, accountId);
                s.setInt(2, position++);
                s.setString(3, cut(entry.displayName()));
                s.setString(4, cut(entry.email()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The columns hold 1,000 characters. */
    private static String cut(String s) {
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }

    /**
     * Entries of every account whose name, one of its words, or address starts with {@code like} (a lower-case
     * LIKE pattern ending in %), as [name, address] pairs by name, at most {@code limit}.
     */
    static List<String[]> matching(Connection c, String like, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT display_name, email FROM address_list "
                + "WHERE LOWER(display_name) LIKE ? ESCAPE '\\' OR LOWER(display_name) LIKE ? ESCAPE '\\' "
                + "OR LOWER(email) LIKE ? ESCAPE '\\' ORDER BY LOWER(display_name), LOWER(email) LIMIT ?")) {
            s.setString(1, like);
            s.setString(2, "% " + like);
            s.setString(3, like);
            s.setInt(4, limit);
            try (ResultSet r = s.executeQuery()) {
                List<String[]> found = new ArrayList<>();
                while (r.next()) {
                    found.add(new String[] {r.getString(1), r.getString(2)});
                }
                return found;
            }
        }
    }
}
