package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interchange.cache.api.ItemFields;

/**
 * The rows conversations are kept from (migration V67): each listed mail item's member row in
 * {@code conversation_members} and the Message-IDs it names in {@code conversation_refs}, and the items and
 * threading fields ([MS-OXOMSG] 2.2.1.5) they are made from. Lists of ids are given to H2 as one array each.
 */
final class ConversationRows {
    private static final String MEMBER_COLUMNS = "m.item_id, m.folder_id, m.conversation_key, m.cluster_id, "
            + "m.sort_date, m.is_read, m.item_size, m.sender_key, m.subject_key, m.headers_hash";

    /** A member row: where the item is threaded, and what its conversation is counted from. */
    record Member(long itemId, long folderId, String key, long cluster, Instant date, boolean read, long size,
                  String senderKey, String subjectKey, long headersHash) {
        Member relinked(ConversationLinks.Link link) {
            return new Member(itemId, folderId, link.key(), link.cluster(), date, read, size, senderKey, subjectKey,
                    headersHash);
        }
    }

    /** A listed mail item as stored now, with its threading fields. */
    record Item(long id, long folderId, Instant date, boolean read, long size, String senderKey, String subjectKey,
                String messageId, String inReplyTo, String references) {
        ConversationLinks.Member threading() {
            return new ConversationLinks.Member(id, date, messageId, inReplyTo, references, subjectKey);
        }

        Member member(ConversationLinks.Link link) {
            return new Member(id, folderId, link.key(), link.cluster(), date, read, size, senderKey, subjectKey,
                    threading().headersHash());
        }
    }

    private ConversationRows() {
    }

    /** Whether a folder's items are threaded now; asked once per folder and item. */
    interface Folders {
        boolean threaded(long folderId) throws SQLException;
    }

    /**
     * The listed (not locally deleted) mail items among {@code ids} in folders {@code threaded} now, with their
     * threading fields.
     */
    static Map<Long, Item> items(Connection c, Collection<Long> ids, Folders threaded) throws SQLException {
        Map<Long, Item> items = new HashMap<>();
        if (ids.isEmpty()) {
            return items;
        }
        List<Item> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT i.id, i.folder_id, i.sort_date, i.is_read, i.item_size, "
                + "i.sender_key, i.subject_key FROM UNNEST(CAST(? AS BIGINT ARRAY)) AS t(x) JOIN items i ON i.id = t.x "
                + "WHERE i.kind = 'MAIL' AND i.offline_state <> 'LOCALLY_DELETED'")) {
            s.setObject(1, ids.toArray(Long[]::new));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Item(r.getLong(1), r.getLong(2), r.getObject(3, Instant.class), r.getBoolean(4),
                            r.getLong(5), r.getString(6), r.getString(7), null, null, null));
                }
            }
        }
        List<Item> kept = new ArrayList<>(rows.size());
        for (Item row : rows) {
            if (threaded.threaded(row.folderId())) {
                kept.add(row);
            }
        }
        if (kept.isEmpty()) {
            return items;
        }
        Map<Long, String[]> headers = headers(c, kept.stream().map(Item::id).toList());
        for (Item row : kept) {
            String[] h = headers.getOrDefault(row.id(), new String[3]);
            items.put(row.id(), new Item(row.id(), row.folderId(), row.date(), row.read(), row.size(),
                    row.senderKey(), row.subjectKey(), h[0], h[1], h[2]));
        }
        return items;
    }

    /** The Message-ID, In-Reply-To and References fields of {@code ids}, in that order; absent ones null. */
    static Map<Long, String[]> headers(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, String[]> headers = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT f.item_id, f.name, f.field_value "
                + "FROM UNNEST(CAST(? AS BIGINT ARRAY)) AS t(x) JOIN item_fields f ON f.item_id = t.x "
                + "AND f.name IN ('" + ItemFields.MESSAGE_ID + "', '" + ItemFields.IN_REPLY_TO + "', '"
                + ItemFields.REFERENCES + "')")) {
            s.setObject(1, ids.toArray(Long[]::new));
            addHeaders(s, headers);
        }
        return headers;
    }

    /**
     * Adds the rows of {@code s} (item id, field name, field value of Message-ID, In-Reply-To or References) to
     * {@code headers}, each item's three fields in that order.
     */
    static void addHeaders(PreparedStatement s, Map<Long, String[]> headers) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String[] h = headers.computeIfAbsent(r.getLong(1), id -> new String[3]);
                String name = r.getString(2);
                h[name.equals(ItemFields.MESSAGE_ID) ? 0 : name.equals(ItemFields.IN_REPLY_TO) ? 1 : 2] =
                        r.getString(3);
            }
        }
    }

    /** The member rows of {@code ids}, those that have one. */
    static Map<Long, Member> members(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, Member> members = new HashMap<>();
        if (ids.isEmpty()) {
            return members;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT " + MEMBER_COLUMNS + " FROM UNNEST(CAST(? AS BIGINT "
                + "ARRAY)) AS t(x) JOIN conversation_members m ON m.item_id = t.x")) {
            s.setObject(1, ids.toArray(Long[]::new));
            readMembers(s, members);
        }
        return members;
    }

    /** The member rows of the folder's clusters {@code clusters}. */
    static Map<Long, Member> inClusters(Connection c, long folderId, Collection<Long> clusters) throws SQLException {
        Map<Long, Member> members = new HashMap<>();
        if (clusters.isEmpty()) {
            return members;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT " + MEMBER_COLUMNS + " FROM UNNEST(CAST(? AS BIGINT "
                + "ARRAY)) AS t(x) JOIN conversation_members m USE INDEX (ix_conversation_members_cluster) "
                + "ON m.folder_id = ? AND m.cluster_id = t.x")) {
            s.setObject(1, clusters.toArray(Long[]::new));
            s.setLong(2, folderId);
            readMembers(s, members);
        }
        return members;
    }

    /** The clusters of the folder whose members name one of the Message-ID hashes {@code refs}. */
    static Set<Long> clustersNaming(Connection c, long folderId, Collection<Long> refs) throws SQLException {
        Set<Long> clusters = new HashSet<>();
        if (refs.isEmpty()) {
            return clusters;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT m.cluster_id FROM UNNEST(CAST(? AS BIGINT "
                + "ARRAY)) AS t(x) JOIN conversation_refs r ON r.folder_id = ? AND r.ref = t.x "
                + "JOIN conversation_members m ON m.item_id = r.item_id")) {
            s.setObject(1, refs.toArray(Long[]::new));
            s.setLong(2, folderId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    clusters.add(r.getLong(1));
                }
            }
        }
        return clusters;
    }

    /** Removes the member rows of {@code ids} and the Message-IDs they name. */
    static void delete(Connection c, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Long[] array = ids.toArray(Long[]::new);
        for (String sql : List.of("DELETE FROM conversation_refs WHERE item_id IN (SELECT x FROM UNNEST(CAST(? AS "
                + "BIGINT ARRAY)) AS t(x))", "DELETE FROM conversation_members WHERE item_id IN (SELECT x FROM "
                + "UNNEST(CAST(? AS BIGINT ARRAY)) AS t(x))")) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, array);
                s.executeUpdate();
            }
        }
    }

    /** Adds member rows, and for each the Message-ID hashes it names ({@code refs} by item id). */
    static void insert(Connection c, Collection<Member> members, Map<Long, List<Long>> refs) throws SQLException {
        if (members.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO conversation_members (item_id, folder_id, "
                + "conversation_key, cluster_id, sort_date, is_read, item_size, sender_key, subject_key, headers_hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Member m : members) {
                s.setLong(1, m.itemId());
                s.setLong(2, m.folderId());
                s.setString(3, m.key());
                s.setLong(4, m.cluster());
                s.setObject(5, m.date());
                s.setBoolean(6, m.read());
                s.setLong(7, m.size());
                s.setString(8, m.senderKey());
                s.setString(9, m.subjectKey());
                s.setLong(10, m.headersHash());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO conversation_refs (folder_id, ref, item_id) VALUES (?, ?, ?)")) {
            int rows = 0;
            for (Member m : members) {
                for (long ref : refs.getOrDefault(m.itemId(), List.of())) {
                    s.setLong(1, m.folderId());
                    s.setLong(2, ref);
                    s.setLong(3, m.itemId());
                    s.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                s.executeBatch();
            }
        }
    }

    /** Moves members to the conversations and clusters they now hold. */
    static void relink(Connection c, Collection<Member> members) throws SQLException {
        if (members.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE conversation_members SET conversation_key = ?, cluster_id = ? WHERE item_id = ?")) {
            for (Member m : members) {
                s.setString(1, m.key());
                s.setLong(2, m.cluster());
                s.setLong(3, m.itemId());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Stores what members are counted from: their read state, size and sender. */
    static void recount(Connection c, Collection<Member> members) throws SQLException {
        if (members.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE conversation_members SET is_read = ?, item_size = ?, sender_key = ? WHERE item_id = ?")) {
            for (Member m : members) {
                s.setBoolean(1, m.read());
                s.setLong(2, m.size());
                s.setString(3, m.senderKey());
                s.setLong(4, m.itemId());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void readMembers(PreparedStatement s, Map<Long, Member> into) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Member m = new Member(r.getLong(1), r.getLong(2), r.getString(3), r.getLong(4),
                        r.getObject(5, Instant.class), r.getBoolean(6), r.getLong(7), r.getString(8), r.getString(9),
                        r.getLong(10));
                into.put(m.itemId(), m);
            }
        }
    }

    /** The threading input of members, their fields read again from {@code item_fields}. */
    static List<ConversationLinks.Member> threading(Connection c, Collection<Member> members) throws SQLException {
        List<ConversationLinks.Member> threading = new ArrayList<>(members.size());
        if (members.isEmpty()) {
            return threading;
        }
        Map<Long, String[]> headers = headers(c, members.stream().map(Member::itemId).toList());
        for (Member m : members) {
            String[] h = headers.getOrDefault(m.itemId(), new String[3]);
            threading.add(new ConversationLinks.Member(m.itemId(), m.date(), h[0], h[1], h[2], m.subjectKey()));
        }
        return threading;
    }
}
