package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recipient completion from cached contacts with an e-mail address ([MS-OXOCNTC] 2.2.1.2), then from the cached
 * global address lists ([MS-OXOABK] 2.2.3, {@link AddressListTable}).
 */
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
            List<String> found = new ArrayList<>();
            Set<String> addresses = new HashSet<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next() && found.size() < limit) {
                    add(found, addresses, r.getString(1), r.getString(2));
                }
            }
            for (String[] entry : AddressListTable.matching(c, like, limit * 2)) {
                if (found.size() == limit) {
                    break;
                }
                add(found, addresses, entry[0], entry[1]);
            }
            return found;
        }
    }

    /** Adds the person unless one with the same address was offered already. */
    private static void add(List<String> found, Set<String> addresses, String name, String email) {
        String person = person(name, email);
        if (person != null && addresses.add(email.strip().toLowerCase(Locale.ROOT))) {
            found.add(person);
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
