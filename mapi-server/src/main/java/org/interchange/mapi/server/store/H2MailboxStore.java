package org.interchange.mapi.server.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * The embedded {@link MailboxStore}: one H2 database file, schema managed by Flyway
 * (db/server). FIDs, MIDs and change numbers come from one per-mailbox global counter with
 * ReplId {@link ExchangeIds#LOCAL_REPLICA_ID}, [MS-OXCDATA] 2.2.1.
 */
public final class H2MailboxStore implements MailboxStore {
    private static final int FIRST_NAMED_ID = 0x8000;
    private static final int LAST_NAMED_ID = 0xFFFE;
    private static final int MESSAGE_FLAG_READ = 0x0001;

    private final JdbcConnectionPool pool;

    private H2MailboxStore(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /** Opens (creating and migrating when needed) the store in file {@code mailboxes.mv.db} under {@code directory}. */
    public static H2MailboxStore open(Path directory) {
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("mailboxes") + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/server").load().migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw new StoreException("cannot migrate mailbox store at " + directory, e);
        }
        return new H2MailboxStore(pool);
    }

    @Override
    public Mailbox createMailbox(String owner, String displayName, String emailAddress) {
        return transaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO mailbox(owner, display_name, email_address, mailbox_guid, replica_guid,"
                            + " next_counter, next_named_id) VALUES (?, ?, ?, ?, ?, 1, ?)",
                    new String[] {"ID"})) {
                ps.setString(1, normalize(owner));
                ps.setString(2, displayName);
                ps.setString(3, emailAddress);
                ps.setObject(4, UUID.randomUUID());
                ps.setObject(5, UUID.randomUUID());
                ps.setInt(6, FIRST_NAMED_ID);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            Map<SpecialFolder, Long> fids = new EnumMap<>(SpecialFolder.class);
            for (SpecialFolder f : SpecialFolder.values()) {
                long parent = f.parent() == null ? 0 : fids.get(f.parent());
                long fid = insertFolder(c, id, parent, f.displayName(), f.containerClass(), f.name());
                fids.put(f, fid);
            }
            return loadMailbox(c, "id = ?", id).orElseThrow();
        });
    }

    @Override
    public Optional<Mailbox> findMailbox(String owner) {
        return query(c -> loadMailbox(c, "owner = ?", normalize(owner)));
    }

    @Override
    public Optional<FolderRecord> folder(Mailbox mailbox, long fid) {
        return query(c -> {
            List<FolderRecord> found = folders(c, "mailbox_id = ? AND fid = ?", mailbox.id(), fid);
            return found.stream().findFirst();
        });
    }

    @Override
    public List<FolderRecord> childFolders(Mailbox mailbox, long parentFid) {
        return query(c -> folders(c, "mailbox_id = ? AND parent_fid = ? ORDER BY display_name", mailbox.id(), parentFid));
    }

    @Override
    public FolderRecord createFolder(Mailbox mailbox, long parentFid, String displayName, String containerClass) {
        return transaction(c -> {
            if (folders(c, "mailbox_id = ? AND fid = ?", mailbox.id(), parentFid).isEmpty()) {
                throw new StoreException("no parent folder 0x" + Long.toHexString(parentFid));
            }
            long fid = insertFolder(c, mailbox.id(), parentFid, displayName, containerClass, null);
            return folders(c, "mailbox_id = ? AND fid = ?", mailbox.id(), fid).getFirst();
        });
    }

    @Override
    public FolderCounts counts(Mailbox mailbox, long fid) {
        return query(c -> {
            int total;
            int unread;
            int subfolders;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(CASE WHEN"
                    + " BITAND(message_flags, " + MESSAGE_FLAG_READ + ") = 0 THEN 1 ELSE 0 END), 0)"
                    + " FROM message WHERE mailbox_id = ? AND fid = ?")) {
                ps.setLong(1, mailbox.id());
                ps.setLong(2, fid);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getInt(1);
                    unread = rs.getInt(2);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM folder WHERE mailbox_id = ? AND parent_fid = ?")) {
                ps.setLong(1, mailbox.id());
                ps.setLong(2, fid);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    subfolders = rs.getInt(1);
                }
            }
            return new FolderCounts(total, unread, subfolders);
        });
    }

    @Override
    public MessageRecord createMessage(Mailbox mailbox, long fid, NewMessage message) {
        return transaction(c -> {
            if (folders(c, "mailbox_id = ? AND fid = ?", mailbox.id(), fid).isEmpty()) {
                throw new StoreException("no folder 0x" + Long.toHexString(fid));
            }
            long[] ids = allocate(c, mailbox.id(), 2);
            long mid = ids[0];
            int flags = 0;
            Instant received = Instant.now();
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
            List<byte[]> attachments = message.attachments().stream().map(PropertyBagSerializer::serialize).toList();
            int size = props.length + attachments.stream().mapToInt(a -> a.length).sum();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO message(mailbox_id, mid, fid, change_number,"
                    + " message_flags, message_size, has_attachments, received, properties)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, mailbox.id());
                ps.setLong(2, mid);
                ps.setLong(3, fid);
                ps.setLong(4, ids[1]);
                ps.setInt(5, flags);
                ps.setInt(6, size);
                ps.setBoolean(7, !attachments.isEmpty());
                ps.setTimestamp(8, Timestamp.from(received));
                ps.setBytes(9, props);
                ps.executeUpdate();
            }
            insertRows(c, "INSERT INTO recipient(mailbox_id, mid, row_id, properties) VALUES (?, ?, ?, ?)",
                    mailbox.id(), mid, message.recipients().stream().map(PropertyBagSerializer::serialize).toList());
            insertRows(c, "INSERT INTO attachment(mailbox_id, mid, attach_num, properties) VALUES (?, ?, ?, ?)",
                    mailbox.id(), mid, attachments);
            touchFolder(c, mailbox.id(), fid);
            return new MessageRecord(mid, fid, ids[1], flags, size, !attachments.isEmpty(), received, bag);
        });
    }

    @Override
    public Optional<MessageRecord> message(Mailbox mailbox, long mid) {
        return query(c -> messages(c, "mailbox_id = ? AND mid = ?", mailbox.id(), mid).stream().findFirst());
    }

    @Override
    public List<MessageRecord> messages(Mailbox mailbox, long fid) {
        return query(c -> messages(c, "mailbox_id = ? AND fid = ? ORDER BY received DESC, mid DESC", mailbox.id(), fid));
    }

    @Override
    public List<List<PropertyValue>> recipients(Mailbox mailbox, long mid) {
        return query(c -> {
            List<List<PropertyValue>> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT properties FROM recipient WHERE mailbox_id = ? AND mid = ? ORDER BY row_id")) {
                ps.setLong(1, mailbox.id());
                ps.setLong(2, mid);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(PropertyBagSerializer.deserialize(rs.getBytes(1)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<AttachmentRecord> attachments(Mailbox mailbox, long mid) {
        return query(c -> {
            List<AttachmentRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT attach_num, properties FROM attachment"
                    + " WHERE mailbox_id = ? AND mid = ? ORDER BY attach_num")) {
                ps.setLong(1, mailbox.id());
                ps.setLong(2, mid);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AttachmentRecord(rs.getInt(1), PropertyBagSerializer.deserialize(rs.getBytes(2))));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void setRead(Mailbox mailbox, long mid, boolean read) {
        transaction(c -> {
            long cn = allocate(c, mailbox.id(), 1)[0];
            try (PreparedStatement ps = c.prepareStatement("UPDATE message SET change_number = ?, message_flags = "
                    + (read ? "BITOR(message_flags, 1)" : "BITAND(message_flags, -2)")
                    + " WHERE mailbox_id = ? AND mid = ?")) {
                ps.setLong(1, cn);
                ps.setLong(2, mailbox.id());
                ps.setLong(3, mid);
                if (ps.executeUpdate() == 0) {
                    throw new StoreException("no message 0x" + Long.toHexString(mid));
                }
            }
            return null;
        });
    }

    @Override
    public OptionalInt namedPropertyId(Mailbox mailbox, PropertyName name, boolean create) {
        return transaction(c -> {
            OptionalInt existing = lookupName(c, mailbox.id(), name);
            if (existing.isPresent() || !create) {
                return existing;
            }
            int id;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT next_named_id FROM mailbox WHERE id = ? FOR UPDATE")) {
                ps.setLong(1, mailbox.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getInt(1);
                }
            }
            if (id > LAST_NAMED_ID) {
                throw new StoreException("named property ids exhausted in mailbox " + mailbox.owner());
            }
            update(c, "UPDATE mailbox SET next_named_id = ? WHERE id = ?", id + 1, mailbox.id());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO named_property(mailbox_id, prop_id,"
                    + " property_set, lid, name) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, mailbox.id());
                ps.setInt(2, id);
                ps.setObject(3, name.propertySet());
                ps.setObject(4, name.lid());
                ps.setString(5, name.name());
                ps.executeUpdate();
            }
            return OptionalInt.of(id);
        });
    }

    @Override
    public Optional<PropertyName> propertyName(Mailbox mailbox, int propertyId) {
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT property_set, lid, name FROM named_property"
                    + " WHERE mailbox_id = ? AND prop_id = ?")) {
                ps.setLong(1, mailbox.id());
                ps.setInt(2, propertyId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new PropertyName(rs.getObject(1, UUID.class),
                            (Integer) rs.getObject(2), rs.getString(3)));
                }
            }
        });
    }

    @Override
    public void close() {
        pool.dispose();
    }

    /** PidTagMessageFlags is kept in its own column, [MS-OXCMSG] 2.2.1.6. */
    private static final int MESSAGE_FLAGS_ID = 0x0E07;
    /** PidTagMessageDeliveryTime orders a folder's messages, [MS-OXOMSG] 2.2.3.9. */
    private static final int DELIVERY_TIME_ID = 0x0E06;

    private static String normalize(String owner) {
        return owner.toLowerCase(Locale.ROOT);
    }

    private OptionalInt lookupName(Connection c, long mailboxId, PropertyName name) throws SQLException {
        String sql = "SELECT prop_id FROM named_property WHERE mailbox_id = ? AND property_set = ? AND "
                + (name.isLid() ? "lid = ?" : "name = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, mailboxId);
            ps.setObject(2, name.propertySet());
            if (name.isLid()) {
                ps.setInt(3, name.lid());
            } else {
                ps.setString(3, name.name());
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
            }
        }
    }

    /** Allocates {@code count} consecutive ids from the mailbox's global counter. */
    private static long[] allocate(Connection c, long mailboxId, int count) throws SQLException {
        long next;
        try (PreparedStatement ps = c.prepareStatement("SELECT next_counter FROM mailbox WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, mailboxId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no mailbox " + mailboxId);
                }
                next = rs.getLong(1);
            }
        }
        update(c, "UPDATE mailbox SET next_counter = ? WHERE id = ?", next + count, mailboxId);
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = ExchangeIds.make(ExchangeIds.LOCAL_REPLICA_ID, next + i);
        }
        return ids;
    }

    private static long insertFolder(Connection c, long mailboxId, long parentFid, String name, String containerClass,
            String special) throws SQLException {
        long[] ids = allocate(c, mailboxId, 2);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO folder(mailbox_id, fid, parent_fid, special,"
                + " display_name, container_class, change_number, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, mailboxId);
            ps.setLong(2, ids[0]);
            ps.setLong(3, parentFid);
            ps.setString(4, special);
            ps.setString(5, name);
            ps.setString(6, containerClass);
            ps.setLong(7, ids[1]);
            ps.setTimestamp(8, now);
            ps.setTimestamp(9, now);
            ps.executeUpdate();
        }
        return ids[0];
    }

    private static void touchFolder(Connection c, long mailboxId, long fid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE folder SET modified = ? WHERE mailbox_id = ? AND fid = ?")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setLong(2, mailboxId);
            ps.setLong(3, fid);
            ps.executeUpdate();
        }
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

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    private static Optional<Mailbox> loadMailbox(Connection c, String where, Object arg) throws SQLException {
        long id;
        String owner;
        String displayName;
        String email;
        UUID mailboxGuid;
        UUID replicaGuid;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, owner, display_name, email_address,"
                + " mailbox_guid, replica_guid FROM mailbox WHERE " + where)) {
            bind(ps, arg);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = rs.getLong(1);
                owner = rs.getString(2);
                displayName = rs.getString(3);
                email = rs.getString(4);
                mailboxGuid = rs.getObject(5, UUID.class);
                replicaGuid = rs.getObject(6, UUID.class);
            }
        }
        Map<SpecialFolder, Long> special = new EnumMap<>(SpecialFolder.class);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT special, fid FROM folder WHERE mailbox_id = ? AND special IS NOT NULL")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    special.put(SpecialFolder.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
        }
        return Optional.of(new Mailbox(id, owner, displayName, email, mailboxGuid, replicaGuid, special));
    }

    private static List<FolderRecord> folders(Connection c, String where, Object... args) throws SQLException {
        List<FolderRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT fid, parent_fid, display_name, container_class,"
                + " change_number, created, modified FROM folder WHERE " + where)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new FolderRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()));
                }
            }
        }
        return out;
    }

    private static List<MessageRecord> messages(Connection c, String where, Object... args) throws SQLException {
        List<MessageRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT mid, fid, change_number, message_flags, message_size,"
                + " has_attachments, received, properties FROM message WHERE " + where)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MessageRecord(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                            rs.getInt(5), rs.getBoolean(6), rs.getTimestamp(7).toInstant(),
                            PropertyBagSerializer.deserialize(rs.getBytes(8))));
                }
            }
        }
        return out;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T query(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("mailbox store query failed: " + e.getMessage(), e);
        }
    }

    private <T> T transaction(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("mailbox store update failed: " + e.getMessage(), e);
        }
    }
}
