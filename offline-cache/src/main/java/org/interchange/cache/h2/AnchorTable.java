package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.ItemSort;

/** The stored list anchors of folders and the log of changes not yet counted in them (migration V66). */
final class AnchorTable {

    /** A row that joined ({@code delta} 1), left (-1) or changed in (0) a folder's lists, with its sort values. */
    record Change(long seq, long itemId, int delta, Instant date, String sender, String subject, long size) {
        Object value(ItemSort sort) {
            return switch (sort) {
                case DATE_DESC, DATE_ASC -> date;
                case SENDER -> sender;
                case SUBJECT -> subject;
                case SIZE_DESC -> size;
            };
        }
    }

    private AnchorTable() {
    }

    static Map<ItemSort, ListAnchors> load(Connection c, long folderId) throws SQLException {
        Map<ItemSort, ListAnchors> sets = new EnumMap<>(ItemSort.class);
        try (PreparedStatement s = c.prepareStatement("SELECT sort_order, complete, tail_growth, changes "
                + "FROM list_anchor_sets WHERE folder_id = ?")) {
            s.setLong(1, folderId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ItemSort sort = ItemSort.valueOf(r.getString(1));
                    sets.put(sort, new ListAnchors(sort, anchors(c, folderId, sort), r.getBoolean(2), r.getInt(3),
                            r.getInt(4)));
                }
            }
        }
        return sets;
    }

    private static List<ListAnchors.Anchor> anchors(Connection c, long folderId, ItemSort sort) throws SQLException {
        List<ListAnchors.Anchor> anchors = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + valueColumn(sort) + ", run_start FROM list_anchors "
                + "WHERE folder_id = ? AND sort_order = ? ORDER BY seq")) {
            s.setLong(1, folderId);
            s.setString(2, sort.name());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    anchors.add(new ListAnchors.Anchor(ListAnchors.value(r.getObject(1)), r.getInt(2)));
                }
            }
        }
        return anchors;
    }

    /** Stores the whole set, replacing what was stored. */
    static void save(Connection c, long folderId, ListAnchors set) throws SQLException {
        saveState(c, folderId, set);
        try (PreparedStatement s = c.prepareStatement("DELETE FROM list_anchors WHERE folder_id = ? AND sort_order = ?")) {
            s.setLong(1, folderId);
            s.setString(2, set.sort.name());
            s.executeUpdate();
        }
        insert(c, folderId, set, 0);
    }

    /** Stores the anchors from {@code from} on, which were learnt since the set was last stored, and its state. */
    static void saveLearnt(Connection c, long folderId, ListAnchors set, int from) throws SQLException {
        saveState(c, folderId, set);
        insert(c, folderId, set, from);
    }

    static void delete(Connection c, long folderId, ItemSort sort) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM list_anchor_sets WHERE folder_id = ? AND sort_order = ?")) {
            s.setLong(1, folderId);
            s.setString(2, sort.name());
            s.executeUpdate();
        }
    }

    /** Up to {@code limit} changes of the folder's lists not yet counted, oldest first. */
    static List<Change> changes(Connection c, long folderId, int limit) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT seq, item_id, delta, sort_date, sender_key, "
                + "subject_key, item_size FROM list_changes WHERE folder_id = ? ORDER BY seq LIMIT ?")) {
            s.setLong(1, folderId);
            s.setInt(2, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    changes.add(new Change(r.getLong(1), r.getLong(2), r.getInt(3), r.getObject(4, Instant.class),
                            r.getString(5), r.getString(6), r.getLong(7)));
                }
            }
        }
        return changes;
    }

    static void deleteChanges(Connection c, List<Change> changes) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM list_changes WHERE seq = ?")) {
            for (Change change : changes) {
                s.setLong(1, change.seq());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Forgets every change this transaction sees of {@code folderId}. */
    static void deleteChanges(Connection c, long folderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM list_changes WHERE folder_id = ?")) {
            s.setLong(1, folderId);
            s.executeUpdate();
        }
    }

    /** Forgets the changes of folders without anchors; only safe while nothing else writes (the cache is opening). */
    static void deleteUnanchoredChanges(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM list_changes WHERE folder_id NOT IN "
                + "(SELECT folder_id FROM list_anchor_sets)")) {
            s.executeUpdate();
        }
    }

    private static void saveState(Connection c, long folderId, ListAnchors set) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO list_anchor_sets (folder_id, sort_order, complete, "
                + "tail_growth, changes) KEY (folder_id, sort_order) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, folderId);
            s.setString(2, set.sort.name());
            s.setBoolean(3, set.complete());
            s.setInt(4, set.tailGrowth());
            s.setInt(5, set.changes());
            s.executeUpdate();
        }
    }

    private static void insert(Connection c, long folderId, ListAnchors set, int from) throws SQLException {
        List<ListAnchors.Anchor> anchors = set.known();
        if (from >= anchors.size()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO list_anchors (folder_id, sort_order, seq, run_start, "
                + valueColumn(set.sort) + ") VALUES (?, ?, ?, ?, ?)")) {
            for (int i = from; i < anchors.size(); i++) {
                s.setLong(1, folderId);
                s.setString(2, set.sort.name());
                s.setInt(3, i);
                s.setInt(4, anchors.get(i).runStart());
                s.setObject(5, anchors.get(i).value());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static String valueColumn(ItemSort sort) {
        return switch (sort) {
            case DATE_DESC, DATE_ASC -> "value_date";
            case SENDER, SUBJECT -> "value_text";
            case SIZE_DESC -> "value_size";
        };
    }
}
