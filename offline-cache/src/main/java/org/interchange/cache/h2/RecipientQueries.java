package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Recipient completion from cached contacts with an e-mail address ([MS-OXOCNTC] 2.2.1.2). */
final class RecipientQueries {
    private RecipientQueries() {
    }

    static List<String> complete(Connection c, String prefix, int limit) throws SQLException {
        String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        if (p.isEmpty() || limit <= 0) {
            return List.of();
        }
        String like = escape(p) + "%";
        try (PreparedStatement s = c.prepareStatement("SELECT i.subject, f.field_value FROM items i "
                + "JOIN item_fields f ON f.item_id = i.id AND f.name = 'email' "
                + "WHERE i.kind = 'CONTACT' AND i.offline_state <> 'LOCALLY_DELETED' "
                + "AND (LOWER(i.subject) LIKE ? ESCAPE '\\' OR LOWER(i.subject) LIKE ? ESCAPE '\\' "
                + "OR LOWER(f.field_value) LIKE ? ESCAPE '\\') "
                + "ORDER BY LOWER(i.subject), LOWER(f.field_value) LIMIT ?")) {
            s.setString(1, like);
            s.setString(2, "% " + like);
            s.setString(3, like);
            s.setInt(4, limit * 2);
            try (ResultSet r = s.executeQuery()) {
                List<String> found = new ArrayList<>();
                while (r.next() && found.size() < limit) {
                    String person = person(r.getString(1), r.getString(2));
                    if (person != null && !found.contains(person)) {
                        found.add(person);
                    }
                }
                return found;
            }
        }
    }

    /** "Name &lt;address&gt;", or the address alone when the contact has no name; null without an address. */
    private static String person(String name, String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String address = email.strip();
        String display = name == null ? "" : name.replace("\"", "").replace("<", "").replace(">", "").strip();
        if (display.isEmpty() || display.equalsIgnoreCase(address)) {
            return address;
        }
        return display.contains(",") ? "\"" + display + "\" <" + address + ">" : display + " <" + address + ">";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
