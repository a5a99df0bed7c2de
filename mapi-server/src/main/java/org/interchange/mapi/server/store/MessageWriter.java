package org.interchange.mapi.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * Writes messages of the H2 store, [MS-OXCMSG] 3.2.5: every save, move, copy and read-state change
 * takes a new change number ([MS-OXCFXICS] 3.2.5.2.1); deletions leave tombstones.
 */
final class MessageWriter {
    /** PidTagMessageFlags is kept in its own column, [MS-OXCMSG] 2.2.1.6. */
    private static final int MESSAGE_FLAGS_ID = 0x0E07;
    /** PidTagMessageDeliveryTime orders a folder's messages, [MS-OXOMSG] 2.2.3.9. */
    private static final int DELIVERY_TIME_ID = 0x0E06;
    private static final int MESSAGE_FLAG_READ = 0x0001;

    private MessageWriter() {
    }

    /**
     * Creates ({@code mid} 0) or replaces the message's properties, recipients and attachments; a
     * replaced message keeps its flags and delivery time unless the new properties carry them.
     */
    static MessageRecord save(Connection c, Mailbox mailbox, long fid, long mid, NewMessage message, boolean associated,
            ChangeVersion client) throws SQLException {
        FolderDao.require(c, mailbox, fid);
        MessageRecord old = null;
        if (mid != 0) {
            old = MessageReader.require(c, mailbox, mid);
            if (old.fid() != fid) {
                throw new NoSuchObjectException("message 0x" + Long.toHexString(mid) + " is not in folder 0x"
                        + Long.toHexString(fid));
            }
        }
        long id = mid != 0 ? mid : ChangeNumbers.allocateOne(c, mailbox.id());
        long cn = ChangeNumbers.allocateOne(c, mailbox.id());
        ChangeVersion version = ChangeNumbers.next(mailbox.replicaGuid(), cn,
                old == null ? null : old.state().version(), client);
        int flags = old == null ? 0 : old.messageFlags();
        Instant received = old == null ? Instant.now() : old.received();
        List<PropertyValue> bag = new ArrayList<>();
        for (PropertyValue v : message.properties()) {
            if (v.tag().id() == MESSAGE_FLAGS_ID) {
                flags = v.asInt();
            } else {
                bag.add(v);
            }
            if (v.tag().id() == DELIVERY_TIME_ID && v.value() instanceof Instant t) {
                received = t;
            }
        }
        byte[] props = PropertyBagSerializer.serialize(bag);
        byte[] rowProps = PropertyBagSerializer.serialize(RowProperties.of(bag));
        List<byte[]> attachments = message.attachments().stream().map(PropertyBagSerializer::serialize).toList();
        List<byte[]> recipients = message.recipients().stream().map(PropertyBagSerializer::serialize).toList();
        int size = props.length + attachments.stream().mapToInt(a -> a.length).sum();
        Instant now = Instant.now();
        if (old != null) {
            Jdbc.update(c, "DELETE FROM recipient WHERE mailbox_id = ? AND mid = ?", mailbox.id(), id);
            Jdbc.update(c, "DELETE FROM attachment WHERE mailbox_id = ? AND mid = ?", mailbox.id(), id);
            Jdbc.update(c, "UPDATE message SET change_number = ?, change_counter = ?, message_flags = ?, message_size = ?,"
                            + " has_attachments = ?, received = ?, row_properties = ?, change_key = ?, pcl = ?,"
                            + " modified = ? WHERE mailbox_id = ? AND mid = ?", cn, ExchangeIds.globalCounter(cn), flags,
                    size, !attachments.isEmpty(),
                    Timestamp.from(received), rowProps, version.changeKey(), version.predecessorChangeList(),
                    Timestamp.from(now), mailbox.id(), id);
            Jdbc.update(c, "UPDATE message_content SET properties = ? WHERE mailbox_id = ? AND mid = ?", props,
                    mailbox.id(), id);
        } else {
            Jdbc.update(c, "INSERT INTO message(mailbox_id, mid, fid, change_number, change_counter, message_flags,"
                            + " message_size, has_attachments, received, row_properties, change_key, pcl, read_cn,"
                            + " read_counter, message_status, associated, modified)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?)",
                    mailbox.id(), id, fid, cn, ExchangeIds.globalCounter(cn), flags, size, !attachments.isEmpty(),
                    Timestamp.from(received), rowProps, version.changeKey(), version.predecessorChangeList(), associated,
                    Timestamp.from(now));
            Jdbc.update(c, "INSERT INTO message_content(mailbox_id, mid, properties) VALUES (?, ?, ?)", mailbox.id(), id,
                    props);
        }
        insertRows(c, "INSERT INTO recipient(mailbox_id, mid, row_id, properties) VALUES (?, ?, ?, ?)",
                mailbox.id(), id, recipients);
        insertRows(c, "INSERT INTO attachment(mailbox_id, mid, attach_num, properties) VALUES (?, ?, ?, ?)",
                mailbox.id(), id, attachments);
        boolean normal = old == null ? !associated : !old.state().associated();
        FolderDao.touch(c, mailbox.id(), fid, normal && old == null ? 1 : 0,
                normal ? unread(flags) - (old == null ? 0 : unread(old.messageFlags())) : 0);
        return MessageReader.require(c, mailbox, id);
    }

    /** Deletes a message of folder {@code fid}, leaving a tombstone; false when there is none. */
    static boolean delete(Connection c, Mailbox mailbox, long fid, long mid) throws SQLException {
        var found = MessageReader.find(c, mailbox, mid).filter(m -> m.fid() == fid);
        if (found.isEmpty()) {
            return false;
        }
        boolean associated = found.get().state().associated();
        TombstoneDao.insert(c, mailbox.id(), mid, fid, false, associated);
        Jdbc.update(c, "DELETE FROM message WHERE mailbox_id = ? AND mid = ?", mailbox.id(), mid);
        FolderDao.touch(c, mailbox.id(), fid, associated ? 0 : -1, associated ? 0 : -unread(found.get().messageFlags()));
        return true;
    }

    /**
     * Copies a message of {@code fromFid} into {@code toFid} under a new MID (and deletes the original for a move); 0
     * when absent. With a {@code changeKey} (an imported move) the new version keeps the message's PCL and adds that
     * key ([MS-OXCFXICS] 2.2.1.2.8); without, it starts a PCL of its own with a server change key.
     */
    static long moveOrCopy(Connection c, Mailbox mailbox, long fromFid, long mid, long toFid, boolean copy,
            byte[] changeKey) throws SQLException {
        var found = MessageReader.find(c, mailbox, mid).filter(m -> m.fid() == fromFid);
        if (found.isEmpty()) {
            return 0;
        }
        MessageRecord m = found.get();
        List<PropertyValue> props = new ArrayList<>(m.properties());
        props.add(PropertyValue.of(new org.interchange.mapi.codec.property.PropertyTag(0x0E070003), m.messageFlags()));
        List<List<PropertyValue>> attachments = MessageReader.attachments(c, mailbox.id(), mid).stream()
                .map(AttachmentRecord::properties).toList();
        NewMessage content = new NewMessage(props, MessageReader.recipients(c, mailbox.id(), mid), attachments);
        ChangeVersion client = changeKey == null ? null
                : new ChangeVersion(changeKey, m.state().version().predecessorChangeList());
        MessageRecord created = save(c, mailbox, toFid, 0, content, m.state().associated(), client);
        Jdbc.update(c, "UPDATE message SET received = ?, message_status = ? WHERE mailbox_id = ? AND mid = ?",
                Timestamp.from(m.received()), m.state().messageStatus(), mailbox.id(), created.mid());
        if (!copy) {
            delete(c, mailbox, fromFid, mid);
        }
        return created.mid();
    }

    /** Sets or clears mfRead with a new read-state change number; the message's change number stays. */
    static void setRead(Connection c, Mailbox mailbox, long mid, boolean read) throws SQLException {
        List<long[]> found = Jdbc.list(c, "SELECT fid, message_flags, associated FROM message WHERE mailbox_id = ?"
                + " AND mid = ?", rs -> new long[] {rs.getLong(1), rs.getInt(2), rs.getBoolean(3) ? 1 : 0},
                mailbox.id(), mid);
        if (found.isEmpty()) {
            throw new NoSuchObjectException("no message 0x" + Long.toHexString(mid));
        }
        long cn = ChangeNumbers.allocateOne(c, mailbox.id());
        // mfRead is bit 0: clear it with MOD, which H2 and PostgreSQL both have (they differ on bit operators)
        Jdbc.update(c, "UPDATE message SET read_cn = ?, read_counter = ?, message_flags = message_flags - MOD(message_flags, 2)"
                + (read ? " + " + MESSAGE_FLAG_READ : "")
                + " WHERE mailbox_id = ? AND mid = ?", cn, ExchangeIds.globalCounter(cn), mailbox.id(), mid);
        long[] m = found.getFirst();
        if (m[2] == 0) {
            int unreadBefore = unread((int) m[1]);
            FolderDao.touch(c, mailbox.id(), m[0], 0, (read ? 0 : 1) - unreadBefore);
        }
    }

    /** 1 for an unread message (mfRead, bit 0 of PidTagMessageFlags, clear), else 0. */
    private static int unread(int messageFlags) {
        return (messageFlags & MESSAGE_FLAG_READ) == 0 ? 1 : 0;
    }

    /** Replaces the bits of PidTagMessageStatus selected by {@code mask}; returns the old status. */
    static int setStatus(Connection c, Mailbox mailbox, long mid, int status, int mask) throws SQLException {
        int old = MessageReader.require(c, mailbox, mid).state().messageStatus();
        Jdbc.update(c, "UPDATE message SET message_status = ? WHERE mailbox_id = ? AND mid = ?",
                (old & ~mask) | (status & mask), mailbox.id(), mid);
        return old;
    }

    private static void insertRows(Connection c, String sql, long mailboxId, long mid, List<byte[]> rows)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < rows.size(); i++) {
                ps.setLong(1, mailboxId);
                ps.setLong(2, mid);
                ps.setInt(3, i);
                ps.setBytes(4, rows.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
