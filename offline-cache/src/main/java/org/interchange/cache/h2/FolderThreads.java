package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSort;

/**
 * The conversations of one mail folder as {@link ThreadLinker} threads its messages ([MS-OXOMSG] 2.2.1.5),
 * read once from the cache: each conversation's members, counts and sort keys, and its order in each
 * {@link ItemSort}, made when first asked for. Locally deleted messages are left out.
 */
final class FolderThreads {
    private static final String HEADERS = "'" + ItemFields.MESSAGE_ID + "', '" + ItemFields.IN_REPLY_TO + "', '"
            + ItemFields.REFERENCES + "'";

    /** One conversation: its key, its members oldest first, and what the orders sort by. */
    record Thread(String key, List<Long> members, long latestId, Instant latest, int unread, long totalSize,
                  String firstSender, String subjectKey) {
    }

    private final List<Thread> threads;
    private final Map<String, Thread> byKey = new HashMap<>();
    private final Map<ItemSort, List<Thread>> orders = new EnumMap<>(ItemSort.class);

    private FolderThreads(List<Thread> threads) {
        this.threads = threads;
        threads.forEach(t -> byKey.put(t.key(), t));
    }

    static FolderThreads read(Connection c, long folderId) throws SQLException {
        List<Row> rows = new ArrayList<>();
        Map<Long, String[]> headers = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, subject_key, sender_key, sort_date, item_size, "
                + "is_read FROM items WHERE folder_id = ? AND offline_state <> 'LOCALLY_DELETED' "
                + "ORDER BY sort_date NULLS FIRST, id")) {
            s.setLong(1, folderId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getObject(4, Instant.class),
                            r.getLong(5), r.getBoolean(6)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT f.item_id, f.name, f.field_value FROM items i "
                + "JOIN item_fields f ON f.item_id = i.id AND f.name IN (" + HEADERS + ") "
                + "WHERE i.folder_id = ? AND i.offline_state <> 'LOCALLY_DELETED'")) {
            s.setLong(1, folderId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String[] h = headers.computeIfAbsent(r.getLong(1), id -> new String[3]);
                    String name = r.getString(2);
                    int slot = name.equals(ItemFields.MESSAGE_ID) ? 0 : name.equals(ItemFields.IN_REPLY_TO) ? 1 : 2;
                    h[slot] = r.getString(3);
                }
            }
        }
        List<ThreadLinker.Message> messages = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String[] h = headers.getOrDefault(row.id, new String[3]);
            messages.add(new ThreadLinker.Message(h[0], h[1], h[2], row.subjectKey));
        }
        List<String> keys = ThreadLinker.keys(messages);
        Map<String, List<Row>> grouped = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            grouped.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(rows.get(i));
        }
        List<Thread> threads = new ArrayList<>(grouped.size());
        grouped.forEach((key, members) -> threads.add(thread(key, members)));
        return new FolderThreads(threads);
    }

    int count() {
        return threads.size();
    }

    /** The conversations from {@code offset} in {@code sort}: DATE by newest message, SENDER by first sender. */
    synchronized List<Thread> page(ItemSort sort, int offset, int limit) {
        List<Thread> ordered = orders.computeIfAbsent(sort, s -> threads.stream().sorted(comparator(s)).toList());
        return offset >= ordered.size() ? List.of() : ordered.subList(offset, Math.min(ordered.size(), offset + limit));
    }

    /** The member ids, oldest first; none for an unknown key. */
    List<Long> members(String key) {
        Thread t = byKey.get(key);
        return t == null ? List.of() : t.members();
    }

    /** Members are given oldest first, so the newest is the last. */
    private static Thread thread(String key, List<Row> members) {
        int unread = 0;
        long size = 0;
        String firstSender = null;
        for (Row m : members) {
            unread += m.read ? 0 : 1;
            size += m.size;
            String sender = m.senderKey == null ? "" : m.senderKey;
            firstSender = firstSender == null || sender.compareTo(firstSender) < 0 ? sender : firstSender;
        }
        Row newest = members.getLast();
        String subject = members.getFirst().subjectKey;
        return new Thread(key, members.stream().map(Row::id).toList(), newest.id, newest.date, unread, size,
                firstSender, subject == null ? "" : subject);
    }

    private static Comparator<Thread> comparator(ItemSort sort) {
        Comparator<Thread> newestFirst = Comparator.comparing(Thread::latest,
                Comparator.nullsLast(Comparator.<Instant>reverseOrder()));
        Comparator<Thread> byKey = Comparator.comparing(Thread::key);
        return switch (sort) {
            case DATE_DESC -> newestFirst.thenComparing(byKey);
            case DATE_ASC -> Comparator.comparing(Thread::latest, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                    .thenComparing(byKey);
            case SENDER -> Comparator.comparing(Thread::firstSender).thenComparing(newestFirst).thenComparing(byKey);
            case SUBJECT -> Comparator.comparing(Thread::subjectKey).thenComparing(newestFirst).thenComparing(byKey);
            case SIZE_DESC -> Comparator.comparingLong(Thread::totalSize).reversed().thenComparing(byKey);
        };
    }

    private record Row(long id, String subjectKey, String senderKey, Instant date, long size, boolean read) {
    }
}
