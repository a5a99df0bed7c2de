package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.h2.FolderTable.FolderRef;
import org.interchange.cache.h2.ItemRows.ItemRow;
import org.interchange.cache.spi.PendingOperation;

/**
 * The categories of cached items ([MS-OXCMSG] 2.2.1.17 PidNameKeywords), kept as the field
 * {@link ItemFields#CATEGORIES}, one per line: read for list rows and set as a local edit, which uploads the item
 * with an UPDATE operation ("" in the field clears them on the server).
 */
final class LocalCategories {

    private LocalCategories() {
    }

    static Map<Long, List<String>> read(Connection c, Collection<Long> itemIds) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        if (itemIds.isEmpty()) {
            return out;
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT item_id, field_value FROM item_fields WHERE name = ? AND item_id = ANY(?)")) {
            s.setString(1, ItemFields.CATEGORIES);
            s.setObject(2, itemIds.toArray(Long[]::new));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<String> categories = parse(r.getString(2));
                    if (!categories.isEmpty()) {
                        out.put(r.getLong(1), categories);
                    }
                }
            }
        }
        return out;
    }

    static void set(Connection c, long itemId, List<String> categories, Touched touched) throws SQLException {
        ItemRow row = ItemRows.lockVisible(c, itemId);
        List<String> wanted = normalized(categories);
        if (wanted.equals(parse(stored(c, itemId)))) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "MERGE INTO item_fields (item_id, name, field_value) KEY (item_id, name) VALUES (?, ?, ?)")) {
            s.setLong(1, itemId);
            s.setString(2, ItemFields.CATEGORIES);
            s.setString(3, String.join("\n", wanted));
            s.executeUpdate();
        }
        FolderRef folder = FolderTable.ref(c, row.folderId());
        if (row.state() != OfflineState.LOCALLY_CREATED) {
            try (PreparedStatement s = c.prepareStatement("UPDATE items SET offline_state = ? WHERE id = ?")) {
                s.setString(1, OfflineState.LOCALLY_MODIFIED.name());
                s.setLong(2, itemId);
                s.executeUpdate();
            }
            PendingOperationTable.replace(c, folder.accountId(), folder.serverId(), row.serverId(),
                    PendingOperation.Kind.UPDATE, null);
        }
        touched.folder(folder.accountId(), row.folderId());
    }

    private static String stored(Connection c, long itemId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT field_value FROM item_fields WHERE item_id = ? AND name = ?")) {
            s.setLong(1, itemId);
            s.setString(2, ItemFields.CATEGORIES);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** The names of a stored field, blank lines left out. */
    private static List<String> parse(String value) {
        return value == null ? List.of() : normalized(List.of(value.split("\r?\n")));
    }

    /** Stripped, without blanks and without repeats (ignoring case), first one kept. */
    private static List<String> normalized(List<String> categories) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String category : categories) {
            String name = category == null ? "" : category.strip();
            if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("A category name holds a line break: " + name.strip());
            }
            if (!name.isEmpty() && seen.add(name.toLowerCase(Locale.ROOT))) {
                out.add(name);
            }
        }
        return out;
    }
}
