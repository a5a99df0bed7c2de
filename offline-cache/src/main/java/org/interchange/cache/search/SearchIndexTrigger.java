package org.interchange.cache.search;

import java.io.IOException;
import java.io.Reader;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.h2.api.Trigger;

/**
 * Keeps {@code search_tokens} current (migration V50): after an item row is inserted or its text
 * changes, its words are indexed again; after a text field of an item is written, the field's words
 * are added. Deleting an item removes its words by the foreign key's cascade.
 */
public final class SearchIndexTrigger implements Trigger {
    /** Words taken from one item's body; subject, people and fields always count. */
    static final int MAX_BODY_WORDS = 100;
    /** Characters of a body looked at for words. */
    static final int MAX_BODY_CHARS = 16_384;
    static final Set<String> TEXT_FIELDS = Set.of("location", "organizer", "email", "company", "jobTitle", "to", "cc",
            "bcc");
    private static final List<String> ITEM_COLUMNS = List.of("ID", "SUBJECT", "SENDER", "RECIPIENTS", "BODY_TEXT",
            "BODY_HTML");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>|&[a-zA-Z#0-9]+;");

    private boolean onItems;
    private final Map<String, Integer> column = new HashMap<>();

    @Override
    public void init(Connection c, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        onItems = table.equalsIgnoreCase("ITEMS");
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
        List<String> needed = onItems ? ITEM_COLUMNS : List.of("ITEM_ID", "NAME", "FIELD_VALUE");
        for (String name : needed) {
            if (!column.containsKey(name)) {
                throw new SQLException("search index: table " + table + " has no column " + name);
            }
        }
    }

    @Override
    public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null) {
            return;
        }
        if (onItems) {
            itemWritten(c, oldRow, newRow);
        } else {
            fieldWritten(c, newRow);
        }
    }

    private void itemWritten(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        long itemId = ((Number) newRow[column.get("ID")]).longValue();
        if (oldRow != null) {
            if (sameText(oldRow, newRow)) {
                return;
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM search_tokens WHERE item_id = ?")) {
                s.setLong(1, itemId);
                s.executeUpdate();
            }
        }
        Set<String> words = new LinkedHashSet<>();
        int unlimited = Integer.MAX_VALUE;
        SearchTokens.addTo(words, text(newRow, "SUBJECT"), unlimited);
        SearchTokens.addTo(words, text(newRow, "SENDER"), unlimited);
        SearchTokens.addTo(words, text(newRow, "RECIPIENTS"), unlimited);
        String body = text(newRow, "BODY_TEXT");
        if (body == null || body.isBlank()) {
            String html = text(newRow, "BODY_HTML");
            body = html == null ? null : TAGS.matcher(html).replaceAll(" ");
        }
        SearchTokens.addTo(words, body, words.size() + MAX_BODY_WORDS);
        if (oldRow != null) {
            try (PreparedStatement s = c.prepareStatement("SELECT name, field_value FROM item_fields WHERE item_id = ?")) {
                s.setLong(1, itemId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        if (TEXT_FIELDS.contains(r.getString(1))) {
                            SearchTokens.addTo(words, r.getString(2), unlimited);
                        }
                    }
                }
            }
        }
        insert(c, itemId, words, oldRow == null);
    }

    private void fieldWritten(Connection c, Object[] row) throws SQLException {
        if (!TEXT_FIELDS.contains(String.valueOf(row[column.get("NAME")]))) {
            return;
        }
        Set<String> words = new LinkedHashSet<>();
        SearchTokens.addTo(words, text(row, "FIELD_VALUE"), Integer.MAX_VALUE);
        insert(c, ((Number) row[column.get("ITEM_ID")]).longValue(), words, false);
    }

    /**
     * Adds {@code words} for an item; a new item has none yet, so its words are inserted without the lookup a
     * MERGE makes for each.
     */
    private static void insert(Connection c, long itemId, Set<String> words, boolean newItem) throws SQLException {
        if (words.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(newItem ? "INSERT INTO search_tokens (token, item_id) VALUES (?, ?)"
                : "MERGE INTO search_tokens (token, item_id) KEY (token, item_id) VALUES (?, ?)")) {
            for (String word : words) {
                s.setString(1, word);
                s.setLong(2, itemId);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private boolean sameText(Object[] oldRow, Object[] newRow) throws SQLException {
        for (String name : ITEM_COLUMNS) {
            if (!Objects.equals(text(oldRow, name), text(newRow, name))) {
                return false;
            }
        }
        return true;
    }

    private String text(Object[] row, String name) throws SQLException {
        Object value = row[column.get(name)];
        if (value instanceof Clob clob) {
            long length = clob.length();
            if (name.startsWith("BODY")) {
                return clob.getSubString(1, (int) Math.min(length, MAX_BODY_CHARS));
            }
            return clob.getSubString(1, (int) Math.min(length, Integer.MAX_VALUE - 8));
        }
        if (value instanceof Reader reader) {
            try (reader) {
                char[] buffer = new char[MAX_BODY_CHARS];
                int n = reader.read(buffer);
                return n <= 0 ? "" : new String(buffer, 0, n);
            } catch (IOException e) {
                throw new SQLException("search index: cannot read " + name, e);
            }
        }
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return name.startsWith("BODY") && s.length() > MAX_BODY_CHARS ? s.substring(0, MAX_BODY_CHARS) : s;
    }
}
