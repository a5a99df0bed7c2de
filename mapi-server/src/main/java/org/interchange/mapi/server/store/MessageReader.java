package org.interchange.mapi.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.interchange.mapi.codec.property.PropertyValue;

/** Reads message rows, recipients and attachments of the H2 store, [MS-OXCMSG] 2.2. */
final class MessageReader {
    private static final String COLUMNS = "m.mid, m.fid, m.change_number, m.message_flags, m.message_size,"
            + " m.has_attachments, m.received, %s, m.change_key, m.pcl, m.read_cn, m.message_status, m.associated,"
            + " m.modified";
    private static final String WHOLE_BAG = COLUMNS.formatted("b.properties");
    /** The whole bag of message {@code m}, kept in its own table (migration V11). */
    private static final String CONTENT = " JOIN message_content b ON b.mailbox_id = m.mailbox_id AND b.mid = m.mid";
    /** The table-row bag, and the whole bag only for a message saved before the table-row bag was kept. */
    private static final String ROW_BAG = COLUMNS.formatted("m.row_properties")
            + ", CASE WHEN m.row_properties IS NULL THEN (SELECT b.properties FROM message_content b"
            + " WHERE b.mailbox_id = m.mailbox_id AND b.mid = m.mid) END";

    private static final String SUMMARY = "SELECT mid, change_number, read_cn, message_flags, associated, message_size,"
            + " received FROM message";
    /** The messages changed in a range of counters, through index message_change (mailbox_id, fid, change_counter). */
    static final String CHANGED = SUMMARY + " WHERE mailbox_id = ? AND fid = ? AND change_counter > ?"
            + " AND change_counter <= ? ORDER BY change_counter";
    /** The messages read or unread in a range of counters, through index message_read (mailbox_id, fid, read_counter). */
    static final String READ_CHANGED = SUMMARY + " WHERE mailbox_id = ? AND fid = ? AND read_counter > ?"
            + " AND read_counter <= ? ORDER BY read_counter";

    private MessageReader() {
    }

    static Optional<MessageRecord> find(Connection c, Mailbox mailbox, long mid) throws SQLException {
        return select(c, mailbox, "m.mailbox_id = ? AND m.mid = ?", mailbox.id(), mid).stream().findFirst();
    }

    static MessageRecord require(Connection c, Mailbox mailbox, long mid) throws SQLException {
        return find(c, mailbox, mid).orElseThrow(() -> new NoSuchObjectException("no message 0x" + Long.toHexString(mid)));
    }

    /** The messages {@code m} of table message that {@code where} (conditions, then any ORDER BY) selects. */
    static List<MessageRecord> select(Connection c, Mailbox mailbox, String where, Object... args) throws SQLException {
        return select(c, mailbox, WHOLE_BAG, rs -> PropertyBagSerializer.deserialize(rs.getBytes(8)),
                "message m" + CONTENT + " WHERE " + where, args);
    }

    /** The messages among {@code mids} that exist with their {@link RowProperties} as bag, in one statement. */
    static List<MessageRecord> rowsByMid(Connection c, Mailbox mailbox, Collection<Long> mids) throws SQLException {
        return select(c, mailbox, ROW_BAG, rs -> {
            byte[] row = rs.getBytes(8);
            return row != null ? PropertyBagSerializer.deserialize(row)
                    : RowProperties.of(PropertyBagSerializer.deserialize(rs.getBytes(15)));
        }, Jdbc.IDS + " JOIN message m ON m.mid = id WHERE m.mailbox_id = ?", Jdbc.bigints(c, mids), mailbox.id());
    }

    private static List<MessageRecord> select(Connection c, Mailbox mailbox, String columns,
            Jdbc.RowMapper<List<PropertyValue>> bag, String from, Object... args) throws SQLException {
        return Jdbc.list(c, "SELECT " + columns + " FROM " + from, rs -> {
            java.time.Instant received = rs.getTimestamp(7).toInstant();
            java.sql.Timestamp modified = rs.getTimestamp(14);
            MessageState state = new MessageState(ChangeNumbers.stored(mailbox.replicaGuid(), rs.getLong(3),
                    rs.getBytes(9), rs.getBytes(10)), rs.getLong(11), rs.getInt(12), rs.getBoolean(13),
                    modified == null ? received : modified.toInstant());
            return new MessageRecord(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5),
                    rs.getBoolean(6), received, bag.map(rs), state);
        }, args);
    }

    /** The messages among {@code mids} that exist, in one statement. */
    static List<MessageRecord> byMid(Connection c, Mailbox mailbox, Collection<Long> mids) throws SQLException {
        return select(c, mailbox, WHOLE_BAG, rs -> PropertyBagSerializer.deserialize(rs.getBytes(8)),
                Jdbc.IDS + " JOIN message m ON m.mid = id" + CONTENT + " WHERE m.mailbox_id = ?", Jdbc.bigints(c, mids),
                mailbox.id());
    }

    static List<MessageSummary> summaries(Connection c, Mailbox mailbox, long fid) throws SQLException {
        return Jdbc.list(c, SUMMARY + " WHERE mailbox_id = ? AND fid = ?", MessageReader::summary, mailbox.id(), fid);
    }

    /** The summaries of a folder's messages whose change number's GLOBCNT lies in (after, last], in that order. */
    static List<MessageSummary> changed(Connection c, Mailbox mailbox, long fid, long after, long last)
            throws SQLException {
        return Jdbc.list(c, CHANGED, MessageReader::summary, mailbox.id(), fid, after, last);
    }

    /** The summaries of a folder's messages whose read-state change's GLOBCNT lies in (after, last], in that order. */
    static List<MessageSummary> readChanged(Connection c, Mailbox mailbox, long fid, long after, long last)
            throws SQLException {
        return Jdbc.list(c, READ_CHANGED, MessageReader::summary, mailbox.id(), fid, after, last);
    }

    private static MessageSummary summary(java.sql.ResultSet rs) throws SQLException {
        return new MessageSummary(rs.getLong(1), rs.getLong(2), rs.getLong(3), (rs.getInt(4) & 1) != 0,
                rs.getBoolean(5), rs.getInt(6), rs.getTimestamp(7).toInstant());
    }

    static List<List<PropertyValue>> recipients(Connection c, long mailboxId, long mid) throws SQLException {
        return Jdbc.list(c, "SELECT properties FROM recipient WHERE mailbox_id = ? AND mid = ? ORDER BY row_id",
                rs -> PropertyBagSerializer.deserialize(rs.getBytes(1)), mailboxId, mid);
    }

    /** The recipient rows of each of {@code mids} that has any, in RowId order, in one statement. */
    static Map<Long, List<List<PropertyValue>>> recipientsByMid(Connection c, long mailboxId, Collection<Long> mids)
            throws SQLException {
        return grouped(Jdbc.list(c, "SELECT mid, properties FROM " + Jdbc.IDS + " JOIN recipient ON mid = id"
                + " WHERE mailbox_id = ? ORDER BY mid, row_id", rs -> Map.entry(rs.getLong(1),
                PropertyBagSerializer.deserialize(rs.getBytes(2))), Jdbc.bigints(c, mids), mailboxId));
    }

    /** The attachments of each of {@code mids} that has any, in PidTagAttachNumber order, in one statement. */
    static Map<Long, List<AttachmentRecord>> attachmentsByMid(Connection c, long mailboxId, Collection<Long> mids)
            throws SQLException {
        return grouped(Jdbc.list(c, "SELECT mid, attach_num, properties FROM " + Jdbc.IDS + " JOIN attachment ON mid = id"
                + " WHERE mailbox_id = ? ORDER BY mid, attach_num", rs -> Map.entry(rs.getLong(1),
                new AttachmentRecord(rs.getInt(2), PropertyBagSerializer.deserialize(rs.getBytes(3)))),
                Jdbc.bigints(c, mids), mailboxId));
    }

    private static <T> Map<Long, List<T>> grouped(List<Map.Entry<Long, T>> rows) {
        return rows.stream().collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    static List<AttachmentRecord> attachments(Connection c, long mailboxId, long mid) throws SQLException {
        return Jdbc.list(c, "SELECT attach_num, properties FROM attachment WHERE mailbox_id = ? AND mid = ?"
                        + " ORDER BY attach_num", rs -> new AttachmentRecord(rs.getInt(1),
                        PropertyBagSerializer.deserialize(rs.getBytes(2))), mailboxId, mid);
    }
}
