package org.interchange.mapi.server.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * A {@link MailboxStore} in a SQL database reached through JDBC, with its schema managed by
 * Flyway. FIDs, MIDs and change numbers come from one per-mailbox global counter with ReplId
 * {@link ExchangeIds#LOCAL_REPLICA_ID}, [MS-OXCDATA] 2.2.1. The SQL, portable between H2 and
 * PostgreSQL, lives in the DAO classes of this package; this class runs them in transactions.
 * {@link H2MailboxStore} and {@link PostgresMailboxStore} open the two databases.
 */
public abstract class JdbcMailboxStore implements MailboxStore {
    private final Runnable release;
    private final Jdbc jdbc;
    private final PermissionStore permissions;

    /** A store over {@code dataSource}, already migrated; {@code release} frees the data source on close. */
    protected JdbcMailboxStore(DataSource dataSource, Runnable release) {
        this.release = release;
        this.jdbc = new Jdbc(dataSource);
        this.permissions = new JdbcPermissionStore(jdbc);
    }

    /** Brings the schema in {@code location} up to date. */
    static void migrate(DataSource dataSource, String location, String where) {
        try {
            Flyway.configure().dataSource(dataSource).locations(location).load().migrate();
        } catch (RuntimeException e) {
            throw new StoreException("cannot migrate mailbox store at " + where, e);
        }
    }

    @Override
    public Mailbox createMailbox(String owner, String displayName, String emailAddress) {
        return jdbc.transaction(c -> MailboxDao.create(c, owner, displayName, emailAddress));
    }

    @Override
    public Optional<Mailbox> findMailbox(String owner) {
        return jdbc.query(c -> MailboxDao.load(c, "owner = ?", MailboxDao.normalize(owner)));
    }

    @Override
    public Optional<Mailbox> findMailboxByAddress(String emailAddress) {
        return jdbc.query(c -> MailboxDao.load(c, "LOWER(email_address) = ?", MailboxDao.normalize(emailAddress)));
    }

    @Override
    public Optional<FolderRecord> folder(Mailbox mailbox, long fid) {
        return jdbc.query(c -> FolderDao.find(c, mailbox, fid));
    }

    @Override
    public List<FolderRecord> childFolders(Mailbox mailbox, long parentFid) {
        return jdbc.query(c -> FolderDao.children(c, mailbox, parentFid));
    }

    @Override
    public FolderRecord createFolder(Mailbox mailbox, long parentFid, String displayName, String containerClass) {
        return createFolder(mailbox, parentFid, displayName, containerClass, null);
    }

    @Override
    public FolderRecord createFolder(Mailbox mailbox, long parentFid, String displayName, String containerClass,
            ChangeVersion client) {
        return jdbc.transaction(c -> {
            FolderDao.require(c, mailbox, parentFid);
            long fid = FolderDao.insert(c, mailbox.id(), mailbox.replicaGuid(), parentFid, displayName, containerClass,
                    null, client);
            return FolderDao.require(c, mailbox, fid);
        });
    }

    @Override
    public FolderRecord updateFolder(Mailbox mailbox, long fid, String displayName, String containerClass,
            ChangeVersion client) {
        return jdbc.transaction(c -> FolderDao.update(c, mailbox, fid, displayName, containerClass, client));
    }

    @Override
    public void deleteFolder(Mailbox mailbox, long fid) {
        jdbc.transaction(c -> {
            FolderDao.deleteTree(c, mailbox, fid);
            return null;
        });
    }

    @Override
    public FolderCounts counts(Mailbox mailbox, long fid) {
        return jdbc.query(c -> FolderDao.counts(c, mailbox.id(), fid));
    }

    @Override
    public MessageRecord createMessage(Mailbox mailbox, long fid, NewMessage message) {
        return saveMessage(mailbox, fid, 0, message, false, null);
    }

    @Override
    public MessageRecord saveMessage(Mailbox mailbox, long fid, long mid, NewMessage content, boolean associated,
            ChangeVersion client) {
        return jdbc.transaction(c -> MessageWriter.save(c, mailbox, fid, mid, content, associated, client));
    }

    @Override
    public MessageRecord createMessageWithSourceKey(Mailbox mailbox, long fid, byte[] sourceKey, NewMessage content,
            boolean associated, ChangeVersion client) {
        return jdbc.transaction(c -> {
            MessageRecord created = MessageWriter.save(c, mailbox, fid, 0, content, associated, client);
            ClientSourceKeyDao.insert(c, mailbox, sourceKey, created.mid());
            return created;
        });
    }

    @Override
    public long moveMessageWithSourceKey(Mailbox mailbox, long fromFid, long mid, long toFid, byte[] sourceKey,
            byte[] changeKey) {
        return jdbc.transaction(c -> {
            FolderDao.require(c, mailbox, toFid);
            long moved = MessageWriter.moveOrCopy(c, mailbox, fromFid, mid, toFid, false, changeKey);
            if (moved != 0) {
                ClientSourceKeyDao.insert(c, mailbox, sourceKey, moved);
            }
            return moved;
        });
    }

    @Override
    public FolderRecord createFolderWithSourceKey(Mailbox mailbox, long parentFid, String displayName,
            String containerClass, byte[] sourceKey, ChangeVersion client) {
        return jdbc.transaction(c -> {
            FolderDao.require(c, mailbox, parentFid);
            long fid = FolderDao.insert(c, mailbox.id(), mailbox.replicaGuid(), parentFid, displayName, containerClass,
                    null, client);
            ClientSourceKeyDao.insert(c, mailbox, sourceKey, fid);
            return FolderDao.require(c, mailbox, fid);
        });
    }

    @Override
    public Optional<Long> messageIdForSourceKey(Mailbox mailbox, byte[] sourceKey) {
        return jdbc.query(c -> ClientSourceKeyDao.find(c, mailbox, sourceKey));
    }

    @Override
    public List<Long> deleteMessages(Mailbox mailbox, long fid, List<Long> mids) {
        return jdbc.transaction(c -> {
            List<Long> deleted = new ArrayList<>();
            for (long mid : mids) {
                if (MessageWriter.delete(c, mailbox, fid, mid)) {
                    deleted.add(mid);
                }
            }
            return deleted;
        });
    }

    @Override
    public List<Long> moveMessages(Mailbox mailbox, long fromFid, List<Long> mids, long toFid, boolean copy) {
        return jdbc.transaction(c -> {
            FolderDao.require(c, mailbox, toFid);
            List<Long> created = new ArrayList<>();
            for (long mid : mids) {
                created.add(MessageWriter.moveOrCopy(c, mailbox, fromFid, mid, toFid, copy, null));
            }
            return created;
        });
    }

    @Override
    public int setMessageStatus(Mailbox mailbox, long mid, int status, int mask) {
        return jdbc.transaction(c -> MessageWriter.setStatus(c, mailbox, mid, status, mask));
    }

    @Override
    public Optional<MessageRecord> message(Mailbox mailbox, long mid) {
        return jdbc.query(c -> MessageReader.find(c, mailbox, mid));
    }

    @Override
    public Map<Long, MessageRecord> messagesByMid(Mailbox mailbox, Collection<Long> mids) {
        return mids.isEmpty() ? Map.of() : byMid(jdbc.query(c -> MessageReader.byMid(c, mailbox, mids)));
    }

    private static Map<Long, MessageRecord> byMid(List<MessageRecord> messages) {
        Map<Long, MessageRecord> out = new HashMap<>();
        for (MessageRecord m : messages) {
            out.put(m.mid(), m);
        }
        return out;
    }

    @Override
    public Map<Long, MessageRecord> tableRowsByMid(Mailbox mailbox, Collection<Long> mids) {
        return mids.isEmpty() ? Map.of() : byMid(jdbc.query(c -> MessageReader.rowsByMid(c, mailbox, mids)));
    }

    @Override
    public Map<Long, List<List<PropertyValue>>> recipientsByMid(Mailbox mailbox, Collection<Long> mids) {
        return mids.isEmpty() ? Map.of() : jdbc.query(c -> MessageReader.recipientsByMid(c, mailbox.id(), mids));
    }

    @Override
    public Map<Long, List<AttachmentRecord>> attachmentsByMid(Mailbox mailbox, Collection<Long> mids) {
        return mids.isEmpty() ? Map.of() : jdbc.query(c -> MessageReader.attachmentsByMid(c, mailbox.id(), mids));
    }

    @Override
    public List<MessageRecord> messages(Mailbox mailbox, long fid) {
        return jdbc.query(c -> MessageReader.select(c, mailbox, "m.mailbox_id = ? AND m.fid = ?"
                + " AND m.associated = FALSE ORDER BY m.received DESC, m.mid DESC", mailbox.id(), fid));
    }

    @Override
    public List<List<PropertyValue>> recipients(Mailbox mailbox, long mid) {
        return jdbc.query(c -> MessageReader.recipients(c, mailbox.id(), mid));
    }

    @Override
    public List<AttachmentRecord> attachments(Mailbox mailbox, long mid) {
        return jdbc.query(c -> MessageReader.attachments(c, mailbox.id(), mid));
    }

    @Override
    public void setRead(Mailbox mailbox, long mid, boolean read) {
        jdbc.transaction(c -> {
            MessageWriter.setRead(c, mailbox, mid, read);
            return null;
        });
    }

    @Override
    public SyncSnapshot<MessageSummary> contentsSnapshot(Mailbox mailbox, long fid) {
        return jdbc.query(c -> {
            long last = committedCounter(c, mailbox);
            FolderDao.require(c, mailbox, fid);
            return new SyncSnapshot<>(MessageReader.summaries(c, mailbox, fid), last);
        });
    }

    /**
     * Reads only rows numbered above the client's state and up to the {@link #committedCounter}, through the
     * per-folder indexes on the counters; a change numbered after it is left out here and found by the next download.
     */
    @Override
    public ContentsChanges contentsChanges(Mailbox mailbox, long fid, long changesAfter, long readChangesAfter) {
        return jdbc.query(c -> {
            long last = committedCounter(c, mailbox);
            FolderDao.require(c, mailbox, fid);
            return new ContentsChanges(MessageReader.changed(c, mailbox, fid, changesAfter, last),
                    readChangesAfter < last ? MessageReader.readChanged(c, mailbox, fid, readChangesAfter, last)
                            : List.of(),
                    TombstoneDao.messagesDeleted(c, mailbox.id(), fid, changesAfter, last), last);
        });
    }

    /**
     * The folders under {@code fid} breadth first, siblings by name, with the {@link #committedCounter} read first and
     * no lock: the tree comes from one statement, so it is one consistent picture even while writers move or delete
     * folders, and every change numbered up to the counter is in it (a later one in it too is sent again next time).
     */
    @Override
    public SyncSnapshot<FolderRecord> hierarchySnapshot(Mailbox mailbox, long fid) {
        return jdbc.query(c -> {
            long last = committedCounter(c, mailbox);
            List<FolderRecord> all = FolderDao.select(c, mailbox, "mailbox_id = ? ORDER BY display_name", mailbox.id());
            if (all.stream().noneMatch(f -> f.fid() == fid)) {
                throw new NoSuchObjectException("no folder 0x" + Long.toHexString(fid));
            }
            Map<Long, List<FolderRecord>> children = new HashMap<>();
            for (FolderRecord f : all) {
                if (f.fid() != f.parentFid()) {
                    children.computeIfAbsent(f.parentFid(), k -> new ArrayList<>()).add(f);
                }
            }
            List<FolderRecord> out = new ArrayList<>();
            java.util.ArrayDeque<Long> pending = new java.util.ArrayDeque<>(List.of(fid));
            while (!pending.isEmpty()) {
                for (FolderRecord child : children.getOrDefault(pending.removeFirst(), List.of())) {
                    out.add(child);
                    pending.addLast(child.fid());
                }
            }
            return new SyncSnapshot<>(out, last);
        });
    }

    /**
     * The last GLOBCNT handed out, read without a lock. Ids are handed out by an UPDATE of the mailbox row whose lock
     * lasts until commit, so every change numbered up to the counter read is committed and visible to the statements
     * that follow: concurrent downloads neither wait for each other nor make writers wait.
     */
    private static long committedCounter(java.sql.Connection c, Mailbox mailbox) throws java.sql.SQLException {
        return Jdbc.list(c, "SELECT next_counter FROM mailbox WHERE id = ?", rs -> rs.getLong(1), mailbox.id())
                .getFirst() - 1;
    }

    @Override
    public List<MessageSummary> messageSummaries(Mailbox mailbox, long fid) {
        return jdbc.query(c -> MessageReader.summaries(c, mailbox, fid));
    }

    @Override
    public List<Tombstone> tombstones(Mailbox mailbox, long fid) {
        return jdbc.query(c -> TombstoneDao.inFolder(c, mailbox.id(), fid));
    }

    @Override
    public List<Tombstone> folderTombstones(Mailbox mailbox) {
        return jdbc.query(c -> TombstoneDao.folders(c, mailbox.id()));
    }

    @Override
    public OptionalInt namedPropertyId(Mailbox mailbox, PropertyName name, boolean create) {
        return jdbc.transaction(c -> NamedPropertyDao.idOf(c, mailbox, name, create));
    }

    @Override
    public Optional<PropertyName> propertyName(Mailbox mailbox, int propertyId) {
        return jdbc.query(c -> NamedPropertyDao.nameOf(c, mailbox, propertyId));
    }

    @Override
    public List<RuleRecord> rules(Mailbox mailbox, long fid) {
        return jdbc.query(c -> RuleDao.list(c, mailbox, fid));
    }

    @Override
    public void modifyRules(Mailbox mailbox, long fid, boolean replace, List<RuleChange> changes) {
        jdbc.transaction(c -> {
            RuleDao.apply(c, mailbox, fid, replace, changes);
            return null;
        });
    }

    @Override
    public PermissionStore permissions() {
        return permissions;
    }

    @Override
    public void close() {
        release.run();
    }
}
