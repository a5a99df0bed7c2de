package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSort;

/**
 * The conversations of one mail folder as {@link ThreadLinker} threads its messages ([MS-OXOMSG] 2.2.1.5):
 * each conversation's members, counts and sort keys, and its order in each {@link ItemSort}, made when first asked
 * for. Read once from the cache, then kept current by {@link #update} with only the messages that changed: a change
 * of read state recounts their conversations, anything else threads the folder again in memory. Locally deleted
 * messages are left out.
 */
final class FolderThreads {
    private static final String HEADERS = "'" + ItemFields.MESSAGE_ID + "', '" + ItemFields.IN_REPLY_TO + "', '"
            + ItemFields.REFERENCES + "'";
    private static final String ROW_COLUMNS = "id, subject_key, sender_key, sort_date, item_size, is_read";
    private static final String[] NO_HEADERS = new String[3];
    private static final Comparator<Row> OLDEST_FIRST = Comparator.comparing(Row::date,
            Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).thenComparingLong(Row::id);

    /** One conversation: its key, its members oldest first, and what the orders sort by. */
    record Thread(String key, List<Long> members, long latestId, Instant latest, int unread, long totalSize,
                  String firstSender, String subjectKey) {
    }

    private final long folderId;
    private final Map<Long, Row> rows = new HashMap<>();
    private final NavigableSet<Row> oldestFirst = new TreeSet<>(OLDEST_FIRST);
    private final Map<Long, String[]> headers = new HashMap<>();
    private final Map<Long, String> keyOf = new HashMap<>();
    private final Map<String, Thread> byKey = new HashMap<>();
    private final Map<ItemSort, List<Thread>> orders = new EnumMap<>(ItemSort.class);
    private List<Thread> threads = List.of();

    private FolderThreads(long folderId) {
        this.folderId = folderId;
    }

    static FolderThreads read(Connection c, long folderId) throws SQLException {
        FolderThreads t = new FolderThreads(folderId);
        try (PreparedStatement s = c.prepareStatement("SELECT " + ROW_COLUMNS + " FROM items WHERE folder_id = ? "
                + "AND offline_state <> 'LOCALLY_DELETED'")) {
            s.setLong(1, folderId);
            t.readRows(s);
        }
        try (PreparedStatement s = c.prepareStatement("SELECT f.item_id, f.name, f.field_value FROM items i "
                + "JOIN item_fields f ON f.item_id = i.id AND f.name IN (" + HEADERS + ") "
                + "WHERE i.folder_id = ? AND i.offline_state <> 'LOCALLY_DELETED'")) {
            s.setLong(1, folderId);
            t.headers.putAll(readHeaders(s));
        }
        t.link();
        return t;
    }

    synchronized int count() {
        return threads.size();
    }

    /** The conversations from {@code offset} in {@code sort}: DATE by newest message, SENDER by first sender. */
    synchronized List<Thread> page(ItemSort sort, int offset, int limit) {
        List<Thread> ordered = orders.computeIfAbsent(sort, s -> threads.stream().sorted(comparator(s)).toList());
        return offset >= ordered.size() ? List.of() : ordered.subList(offset, Math.min(ordered.size(), offset + limit));
    }

    /** The member ids, oldest first; none for an unknown key. */
    synchronized List<Long> members(String key) {
        Thread t = byKey.get(key);
        return t == null ? List.of() : t.members();
    }

    /**
     * Reads {@code itemIds} again (those no longer listed in the folder leave it): when only their read state
     * changed, their conversations are counted again; else the folder's messages are threaded again in memory.
     */
    synchronized void update(Connection c, Collection<Long> itemIds) throws SQLException {
        Long[] ids = itemIds.toArray(Long[]::new);
        Map<Long, Row> fresh = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + ROW_COLUMNS + " FROM items WHERE id = ANY(?) "
                + "AND folder_id = ? AND offline_state <> 'LOCALLY_DELETED'")) {
            s.setObject(1, ids);
            s.setLong(2, folderId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Row row = row(r);
                    fresh.put(row.id(), row);
                }
            }
        }
        Map<Long, String[]> freshHeaders;
        try (PreparedStatement s = c.prepareStatement("SELECT item_id, name, field_value FROM item_fields "
                + "WHERE item_id = ANY(?) AND name IN (" + HEADERS + ")")) {
            s.setObject(1, ids);
            freshHeaders = readHeaders(s);
        }
        boolean relink = false;
        Set<String> recount = new HashSet<>();
        for (Long id : ids) {
            Row old = rows.get(id);
            Row now = fresh.get(id);
            String[] h = now == null ? null : freshHeaders.get(id);
            if (old == null && now == null) {
                continue;
            }
            if (old != null && now != null && sameThreading(old, now)
                    && Arrays.equals(headers.getOrDefault(id, NO_HEADERS), h == null ? NO_HEADERS : h)) {
                recount.add(keyOf.get(id));
            } else {
                relink = true;
            }
            if (old != null) {
                rows.remove(id);
                oldestFirst.remove(old);
                headers.remove(id);
            }
            if (now != null) {
                rows.put(id, now);
                oldestFirst.add(now);
                if (h != null) {
                    headers.put(id, h);
                }
            }
        }
        if (relink) {
            link();
        } else if (!recount.isEmpty()) {
            recount(recount);
        }
    }

    /** Same thread and same place in every order: only the read state may differ. */
    private static boolean sameThreading(Row a, Row b) {
        return Objects.equals(a.subjectKey(), b.subjectKey()) && Objects.equals(a.senderKey(), b.senderKey())
                && Objects.equals(a.date(), b.date()) && a.size() == b.size();
    }

    /** Threads every message again and forgets the orders. */
    private void link() {
        List<Row> ordered = new ArrayList<>(oldestFirst);
        List<ThreadLinker.Message> messages = new ArrayList<>(ordered.size());
        for (Row row : ordered) {
            String[] h = headers.getOrDefault(row.id(), NO_HEADERS);
            messages.add(new ThreadLinker.Message(h[0], h[1], h[2], row.subjectKey()));
        }
        List<String> keys = ThreadLinker.keys(messages);
        Map<String, List<Row>> grouped = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            grouped.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(ordered.get(i));
        }
        keyOf.clear();
        List<Thread> all = new ArrayList<>(grouped.size());
        grouped.forEach((key, members) -> {
            all.add(thread(key, members));
            members.forEach(m -> keyOf.put(m.id(), key));
        });
        threads = all;
        byKey.clear();
        threads.forEach(t -> byKey.put(t.key(), t));
        orders.clear();
    }

    /** Counts the conversations {@code keys} again, in place: their members and places in the orders stay. */
    private void recount(Set<String> keys) {
        for (String key : keys) {
            Thread old = byKey.get(key);
            byKey.put(key, thread(key, old.members().stream().map(rows::get).toList()));
        }
        threads = threads.stream().map(t -> byKey.get(t.key())).toList();
        orders.replaceAll((sort, list) -> list.stream().map(t -> byKey.get(t.key())).toList());
    }

    private void readRows(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Row row = row(r);
                rows.put(row.id(), row);
                oldestFirst.add(row);
            }
        }
    }

    private static Row row(ResultSet r) throws SQLException {
        return new Row(r.getLong(1), r.getString(2), r.getString(3), r.getObject(4, Instant.class), r.getLong(5),
                r.getBoolean(6));
    }

    private static Map<Long, String[]> readHeaders(PreparedStatement s) throws SQLException {
        Map<Long, String[]> headers = new HashMap<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String[] h = headers.computeIfAbsent(r.getLong(1), id -> new String[3]);
                String name = r.getString(2);
                int slot = name.equals(ItemFields.MESSAGE_ID) ? 0 : name.equals(ItemFields.IN_REPLY_TO) ? 1 : 2;
                h[slot] = r.getString(3);
            }
        }
        return headers;
    }

    /** Members are given oldest first, so the newest is the last. */
    private static Thread thread(String key, List<Row> members) {
        int unread = 0;
        long size = 0;
        String firstSender = null;
        for (Row m : members) {
            unread += m.read() ? 0 : 1;
            size += m.size();
            String sender = m.senderKey() == null ? "" : m.senderKey();
            firstSender = firstSender == null || sender.compareTo(firstSender) < 0 ? sender : firstSender;
        }
        Row newest = members.getLast();
        String subject = members.getFirst().subjectKey();
        return new Thread(key, members.stream().map(Row::id).toList(), newest.id(), newest.date(), unread, size,
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
