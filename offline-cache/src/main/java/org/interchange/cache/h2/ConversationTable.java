package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.Conversation;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;

/**
 * The conversations of each folder as stored (migration V67, tables {@code conversations} and
 * {@code conversation_counts}; [MS-OXOMSG] 2.2.1.5): counted again from their members when these change (a read
 * state or size only adds its change), and read a page at a time straight off the index of the list's order.
 */
final class ConversationTable {
    private static final Comparator<Counted> OLDEST_FIRST = Comparator.comparing(Counted::date,
            Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).thenComparingLong(Counted::id);

    /** A conversation's row: its counts and what the list orders sort it by. */
    private record Totals(int items, int unread, Instant latestDate, long latestId, long size, String firstSender,
                          String subjectKey) {
        void bind(PreparedStatement s) throws SQLException {
            s.setInt(1, items);
            s.setInt(2, unread);
            s.setObject(3, latestDate);
            s.setLong(4, latestId);
            s.setLong(5, size);
            s.setString(6, firstSender);
            s.setString(7, subjectKey);
        }
    }

    /** What a conversation is counted from, for one member. */
    private record Counted(long id, Instant date, boolean read, long size, String senderKey, String subjectKey) {
    }

    private ConversationTable() {
    }

    /**
     * Counts the folder's conversations {@code keys} again from their members: those left without any are removed,
     * and the folder's number of conversations follows.
     */
    static void recount(Connection c, long folderId, Collection<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        String[] array = keys.toArray(String[]::new);
        Map<String, List<Counted>> members = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT m.conversation_key, m.item_id, m.sort_date, m.is_read, "
                + "m.item_size, m.sender_key, m.subject_key FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS t(x) "
                + "JOIN conversation_members m USE INDEX (ix_conversation_members_key) ON m.folder_id = ? "
                + "AND m.conversation_key = t.x")) {
            s.setObject(1, array);
            s.setLong(2, folderId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    members.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new Counted(r.getLong(2),
                            r.getObject(3, Instant.class), r.getBoolean(4), r.getLong(5), r.getString(6),
                            r.getString(7)));
                }
            }
        }
        Map<String, Totals> stored = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT v.conversation_key, v.item_count, v.unread_count, "
                + "v.latest_date, v.latest_id, v.total_size, v.first_sender, v.subject_key FROM UNNEST(CAST(? AS "
                + "VARCHAR ARRAY)) AS t(x) JOIN conversations v ON v.folder_id = ? AND v.conversation_key = t.x")) {
            s.setObject(1, array);
            s.setLong(2, folderId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stored.put(r.getString(1), new Totals(r.getInt(2), r.getInt(3), r.getObject(4, Instant.class),
                            r.getLong(5), r.getLong(6), r.getString(7), r.getString(8)));
                }
            }
        }
        int delta = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO conversations (item_count, unread_count, "
                + "latest_date, latest_id, total_size, first_sender, subject_key, folder_id, conversation_key) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE conversations SET item_count = ?, "
                     + "unread_count = ?, latest_date = ?, latest_id = ?, total_size = ?, first_sender = ?, "
                     + "subject_key = ? WHERE folder_id = ? AND conversation_key = ?");
             PreparedStatement delete = c.prepareStatement(
                     "DELETE FROM conversations WHERE folder_id = ? AND conversation_key = ?")) {
            for (String key : new HashSet<>(keys)) {
                List<Counted> of = members.get(key);
                Totals before = stored.get(key);
                if (of == null) {
                    if (before != null) {
                        delete.setLong(1, folderId);
                        delete.setString(2, key);
                        delete.addBatch();
                        delta--;
                    }
                    continue;
                }
                Totals now = totals(of);
                if (now.equals(before)) {
                    continue;
                }
                delta += before == null ? 1 : 0;
                PreparedStatement s = before == null ? insert : update;
                now.bind(s);
                s.setLong(8, folderId);
                s.setString(9, key);
                s.addBatch();
            }
            insert.executeBatch();
            update.executeBatch();
            delete.executeBatch();
        }
        addToCount(c, folderId, delta);
    }

    private static Totals totals(List<Counted> members) {
        members.sort(OLDEST_FIRST);
        Tally tally = new Tally();
        for (Counted m : members) {
            tally.add(m.id(), m.date(), m.read(), m.size(), m.senderKey(), m.subjectKey());
        }
        return tally.totals();
    }

    /** A conversation counted member by member, oldest first: the newest is the last, the subject the first's. */
    static final class Tally {
        private int items;
        private int unread;
        private Instant latestDate;
        private long latestId;
        private long size;
        private String firstSender;
        private String subjectKey;

        void add(long id, Instant date, boolean read, long itemSize, String senderKey, String subject) {
            if (items++ == 0) {
                subjectKey = subject == null ? "" : subject;
            }
            unread += read ? 0 : 1;
            size += itemSize;
            String sender = senderKey == null ? "" : senderKey;
            firstSender = firstSender == null || sender.compareTo(firstSender) < 0 ? sender : firstSender;
            latestDate = date;
            latestId = id;
        }

        private Totals totals() {
            return new Totals(items, unread, latestDate, latestId, size, firstSender, subjectKey);
        }
    }

    /**
     * Adds to the folder's stored conversations what changed in them, by key: the number of unread members and the
     * total size ({@code long[] {unread, size}}).
     */
    static void adjust(Connection c, long folderId, Map<String, long[]> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE conversations SET unread_count = unread_count + ?, "
                + "total_size = total_size + ? WHERE folder_id = ? AND conversation_key = ?")) {
            int rows = 0;
            for (Map.Entry<String, long[]> e : changes.entrySet()) {
                long[] change = e.getValue();
                if (change[0] == 0 && change[1] == 0) {
                    continue;
                }
                s.setInt(1, Math.toIntExact(change[0]));
                s.setLong(2, change[1]);
                s.setLong(3, folderId);
                s.setString(4, e.getKey());
                s.addBatch();
                rows++;
            }
            if (rows > 0) {
                s.executeBatch();
            }
        }
    }

    /**
     * Adds the folder's conversations counted by {@code tallies}, none of which is stored yet, oldest first: the
     * order of the date indexes, which then grow at one end.
     */
    static void insert(Connection c, long folderId, Map<String, Tally> tallies) throws SQLException {
        List<Map.Entry<String, Tally>> oldestFirst = new ArrayList<>(tallies.entrySet());
        oldestFirst.sort(Comparator.comparing((Map.Entry<String, Tally> e) -> e.getValue().latestDate,
                Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).thenComparing(Map.Entry::getKey));
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO conversations (item_count, unread_count, "
                + "latest_date, latest_id, total_size, first_sender, subject_key, folder_id, conversation_key) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int rows = 0;
            for (Map.Entry<String, Tally> e : oldestFirst) {
                e.getValue().totals().bind(insert);
                insert.setLong(8, folderId);
                insert.setString(9, e.getKey());
                insert.addBatch();
                if (++rows % 10_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        addToCount(c, folderId, tallies.size());
    }

    /** Adds {@code delta} to the folder's number of conversations. */
    static void addToCount(Connection c, long folderId, int delta) throws SQLException {
        if (delta == 0) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE conversation_counts SET conversations = conversations + ? WHERE folder_id = ?")) {
            s.setInt(1, delta);
            s.setLong(2, folderId);
            if (s.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO conversation_counts (folder_id, conversations) "
                + "SELECT id, ? FROM folders WHERE id = ?")) { // none for a folder deleted with its items
            s.setInt(1, delta);
            s.setLong(2, folderId);
            s.executeUpdate();
        }
    }

    static int count(Connection c, long folderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT conversations FROM conversation_counts WHERE folder_id = ?")) {
            s.setLong(1, folderId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    /**
     * The conversations from {@code offset} in {@code sort}, read off that order's index: DATE by the newest
     * message, SENDER by the first sender, SUBJECT by the oldest message's subject, SIZE by all messages; ties by key.
     */
    static List<Conversation> page(Connection c, long folderId, ItemSort sort, int offset, int limit)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>(Math.min(limit, 1000));
        try (PreparedStatement s = c.prepareStatement("SELECT conversation_key, item_count, unread_count, total_size, "
                + "latest_id FROM conversations USE INDEX (" + index(sort) + ") WHERE folder_id = ? ORDER BY "
                + orderBy(sort) + " LIMIT ? OFFSET ?")) {
            s.setLong(1, folderId);
            s.setInt(2, limit);
            s.setInt(3, offset);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Object[] {r.getString(1), r.getInt(2), r.getInt(3), r.getLong(4), r.getLong(5)});
                }
            }
        }
        Map<Long, ItemSummary> latest = summaries(c, rows.stream().map(row -> (Long) row[4]).toList());
        List<Conversation> page = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ItemSummary newest = latest.get((Long) row[4]);
            if (newest != null) {
                page.add(new Conversation((String) row[0], newest, (Integer) row[1], (Integer) row[2], (Long) row[3]));
            }
        }
        return page;
    }

    /** The members of the folder's conversation {@code key}, oldest first, read off the members' index. */
    static List<ItemSummary> members(Connection c, long folderId, String key) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT item_id FROM conversation_members "
                + "WHERE folder_id = ? AND conversation_key = ? "
                + "ORDER BY folder_id, conversation_key, sort_date, item_id")) {
            s.setLong(1, folderId);
            s.setString(2, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        Map<Long, ItemSummary> summaries = summaries(c, ids);
        return ids.stream().map(summaries::get).filter(java.util.Objects::nonNull).toList();
    }

    private static Map<Long, ItemSummary> summaries(Connection c, List<Long> ids) throws SQLException {
        Map<Long, ItemSummary> summaries = new HashMap<>();
        if (ids.isEmpty()) {
            return summaries;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT " + ItemReader.SUMMARY_COLUMNS + " FROM "
                + "UNNEST(CAST(? AS BIGINT ARRAY)) AS t(x) JOIN items ON id = t.x")) {
            s.setObject(1, ids.toArray(Long[]::new));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ItemSummary summary = ItemReader.summary(r);
                    summaries.put(summary.id(), summary);
                }
            }
        }
        return summaries;
    }

    private static String index(ItemSort sort) {
        return switch (sort) {
            case DATE_DESC -> "ix_conversations_date_desc";
            case DATE_ASC -> "ix_conversations_date_asc";
            case SENDER -> "ix_conversations_sender";
            case SUBJECT -> "ix_conversations_subject";
            case SIZE_DESC -> "ix_conversations_size";
        };
    }

    /** The order's index columns from the folder on: H2 reads an index in order only when ORDER BY names it so. */
    private static String orderBy(ItemSort sort) {
        return switch (sort) {
            case DATE_DESC -> "folder_id, latest_date DESC, conversation_key";
            case DATE_ASC -> "folder_id, latest_date, conversation_key";
            case SENDER -> "folder_id, first_sender, latest_date DESC, conversation_key";
            case SUBJECT -> "folder_id, subject_key, latest_date DESC, conversation_key";
            case SIZE_DESC -> "folder_id, total_size DESC, conversation_key";
        };
    }
}
