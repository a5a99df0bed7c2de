package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.ItemFields;

/**
 * Threads every folder's mail at once into the empty conversation tables of migration V67 ([MS-OXOMSG] 2.2.1.5),
 * for a cache that already holds mail; V67 makes the tables' indexes afterwards. From then on
 * {@link ConversationUpkeep} keeps them current. Public only for H2, which calls it by name.
 */
public final class ConversationFill {
    private static final int BATCH = 10_000;
    private static final String[] NO_HEADERS = new String[3];
    private static final String ITEMS = "SELECT id, sort_date, is_read, item_size, sender_key, subject_key FROM items "
            + "WHERE folder_id = ? AND kind = 'MAIL' AND offline_state <> 'LOCALLY_DELETED'";

    private ConversationFill() {
    }

    /** Threads the listed mail of every folder; the conversation tables must be empty. */
    public static void fill(Connection c) throws SQLException {
        List<Long> folders = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM folders ORDER BY id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                folders.add(r.getLong(1));
            }
        }
        for (long folderId : folders) {
            fillFolder(c, folderId);
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM conversation_changes")) {
            s.executeUpdate();
        }
    }

    /** Threads the folder's listed mail, which has no conversation rows yet. */
    static void fillFolder(Connection c, long folderId) throws SQLException {
        Map<Long, String[]> headers = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT f.item_id, f.name, f.field_value FROM items i "
                + "JOIN item_fields f ON f.item_id = i.id AND f.name IN ('" + ItemFields.MESSAGE_ID + "', '"
                + ItemFields.IN_REPLY_TO + "', '" + ItemFields.REFERENCES + "') "
                + "WHERE i.folder_id = ? AND i.kind = 'MAIL' AND i.offline_state <> 'LOCALLY_DELETED'")) {
            s.setLong(1, folderId);
            ConversationRows.addHeaders(s, headers);
        }
        List<ConversationLinks.Member> threading = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(ITEMS)) {
            s.setLong(1, folderId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    String[] h = headers.getOrDefault(id, NO_HEADERS);
                    threading.add(new ConversationLinks.Member(id, r.getObject(2, Instant.class), h[0], h[1], h[2],
                            r.getString(6)));
                }
            }
        }
        headers.clear();
        if (threading.isEmpty()) {
            return;
        }
        Map<Long, ConversationLinks.Link> links = ConversationLinks.link(threading);
        Map<Long, ConversationLinks.Member> byId = new HashMap<>();
        threading.forEach(m -> byId.put(m.id(), m));
        threading.clear();
        Map<String, ConversationTable.Tally> tallies = new HashMap<>();
        List<ConversationRows.Member> members = new ArrayList<>(BATCH);
        Map<Long, List<Long>> refs = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(ITEMS + " ORDER BY sort_date, id")) { // read again, oldest first
            s.setLong(1, folderId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ConversationLinks.Member m = byId.get(r.getLong(1));
                    ConversationLinks.Link link = links.get(m.id());
                    members.add(new ConversationRows.Member(m.id(), folderId, link.key(), link.cluster(), m.date(),
                            r.getBoolean(3), r.getLong(4), r.getString(5), m.subjectKey(), m.headersHash()));
                    tallies.computeIfAbsent(link.key(), k -> new ConversationTable.Tally()).add(m.id(), m.date(),
                            r.getBoolean(3), r.getLong(4), r.getString(5), m.subjectKey());
                    refs.put(m.id(), ConversationLinks.refs(m));
                    if (members.size() == BATCH) {
                        ConversationRows.insert(c, members, refs);
                        members.clear();
                        refs.clear();
                    }
                }
            }
        }
        ConversationRows.insert(c, members, refs);
        ConversationTable.insert(c, folderId, tallies);
    }
}
