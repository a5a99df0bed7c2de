package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSort;

/**
 * The reference the stored conversations are checked against: a folder's listed mail threaded from scratch by
 * {@link ThreadLinker} over all of it at once, and ordered as the threaded list orders conversations.
 */
final class ThreadsFromScratch {
    /** One conversation as the list shows it. */
    record Thread(String key, long latestId, Instant latest, int items, int unread, long totalSize, String firstSender,
                  String subjectKey, List<Long> members) {
        List<Object> row() {
            return List.of(key, latestId, items, unread, totalSize);
        }
    }

    private record Row(long id, Instant date, boolean read, long size, String sender, String subject) {
    }

    private ThreadsFromScratch() {
    }

    static List<Thread> threads(Connection c, long folderId, ItemSort sort) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, sort_date, is_read, item_size, sender_key, "
                + "subject_key FROM items WHERE folder_id = ? AND kind = 'MAIL' AND offline_state <> 'LOCALLY_DELETED'")) {
            s.setLong(1, folderId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getLong(1), r.getObject(2, Instant.class), r.getBoolean(3), r.getLong(4),
                            r.getString(5), r.getString(6)));
                }
            }
        }
        rows.sort(Comparator.comparing(Row::date, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                .thenComparingLong(Row::id));
        Map<Long, String[]> headers = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT item_id, name, field_value FROM item_fields "
                + "WHERE name IN (?, ?, ?)")) {
            s.setString(1, ItemFields.MESSAGE_ID);
            s.setString(2, ItemFields.IN_REPLY_TO);
            s.setString(3, ItemFields.REFERENCES);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String[] h = headers.computeIfAbsent(r.getLong(1), id -> new String[3]);
                    String name = r.getString(2);
                    h[name.equals(ItemFields.MESSAGE_ID) ? 0 : name.equals(ItemFields.IN_REPLY_TO) ? 1 : 2] =
                            r.getString(3);
                }
            }
        }
        List<ThreadLinker.Message> messages = new ArrayList<>();
        for (Row row : rows) {
            String[] h = headers.getOrDefault(row.id(), new String[3]);
            messages.add(new ThreadLinker.Message(h[0], h[1], h[2], row.subject()));
        }
        List<String> keys = ThreadLinker.keys(messages);
        Map<String, List<Row>> grouped = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            grouped.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(rows.get(i));
        }
        List<Thread> threads = new ArrayList<>();
        grouped.forEach((key, members) -> {
            int unread = 0;
            long size = 0;
            String firstSender = null;
            for (Row m : members) {
                unread += m.read() ? 0 : 1;
                size += m.size();
                String sender = m.sender() == null ? "" : m.sender();
                firstSender = firstSender == null || sender.compareTo(firstSender) < 0 ? sender : firstSender;
            }
            Row newest = members.getLast();
            String subject = members.getFirst().subject();
            threads.add(new Thread(key, newest.id(), newest.date(), members.size(), unread, size, firstSender,
                    subject == null ? "" : subject, members.stream().map(Row::id).toList()));
        });
        threads.sort(order(sort));
        return threads;
    }

    private static Comparator<Thread> order(ItemSort sort) {
        Comparator<Thread> newestFirst = Comparator.comparing(Thread::latest,
                Comparator.nullsLast(Comparator.<Instant>reverseOrder()));
        Comparator<Thread> byKey = Comparator.comparing(Thread::key);
        return switch (sort) {
            case DATE_DESC -> newestFirst.thenComparing(byKey);
            case DATE_ASC -> Comparator.comparing(Thread::latest,
                    Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).thenComparing(byKey);
            case SENDER -> Comparator.comparing(Thread::firstSender).thenComparing(newestFirst).thenComparing(byKey);
            case SUBJECT -> Comparator.comparing(Thread::subjectKey).thenComparing(newestFirst).thenComparing(byKey);
            case SIZE_DESC -> Comparator.comparingLong(Thread::totalSize).reversed().thenComparing(byKey);
        };
    }
}
