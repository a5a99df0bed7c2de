package org.interchange.mapi.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Folder rows of the H2 store: reading, creating, renaming and deleting with tombstones, [MS-OXCFOLD]. */
final class FolderDao {
    private static final String COLUMNS = "fid, parent_fid, display_name, container_class, change_number, created,"
            + " modified, change_key, pcl";

    private FolderDao() {
    }

    static Optional<FolderRecord> find(Connection c, Mailbox mailbox, long fid) throws SQLException {
        return select(c, mailbox, "mailbox_id = ? AND fid = ?", mailbox.id(), fid).stream().findFirst();
    }

    static FolderRecord require(Connection c, Mailbox mailbox, long fid) throws SQLException {
        return find(c, mailbox, fid).orElseThrow(() -> new NoSuchObjectException("no folder 0x" + Long.toHexString(fid)));
    }

    static List<FolderRecord> children(Connection c, Mailbox mailbox, long parentFid) throws SQLException {
        return select(c, mailbox, "mailbox_id = ? AND parent_fid = ? ORDER BY display_name", mailbox.id(), parentFid);
    }

    static List<FolderRecord> select(Connection c, Mailbox mailbox, String where, Object... args) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM folder WHERE " + where, rs -> new FolderRecord(rs.getLong(1),
                rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getTimestamp(6).toInstant(),
                rs.getTimestamp(7).toInstant(), ChangeNumbers.stored(mailbox.replicaGuid(), rs.getLong(5),
                        rs.getBytes(8), rs.getBytes(9))), args);
    }

    /** Inserts a folder (special folders of a new mailbox have {@code special} set) and returns its FID. */
    static long insert(Connection c, long mailboxId, java.util.UUID replicaGuid, long parentFid, String name,
            String containerClass, String special, ChangeVersion client) throws SQLException {
        long[] ids = ChangeNumbers.allocate(c, mailboxId, 2);
        ChangeVersion version = ChangeNumbers.next(replicaGuid, ids[1], null, client);
        Timestamp now = Timestamp.from(Instant.now());
        Jdbc.update(c, "INSERT INTO folder(mailbox_id, fid, parent_fid, special, display_name, container_class,"
                        + " change_number, created, modified, change_key, pcl) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                mailboxId, ids[0], parentFid, special, name, containerClass, ids[1], now, now, version.changeKey(),
                version.predecessorChangeList());
        return ids[0];
    }

    /** Renames or reclasses a folder as a new version. */
    static FolderRecord update(Connection c, Mailbox mailbox, long fid, String displayName, String containerClass,
            ChangeVersion client) throws SQLException {
        FolderRecord old = require(c, mailbox, fid);
        long cn = ChangeNumbers.allocateOne(c, mailbox.id());
        ChangeVersion version = ChangeNumbers.next(mailbox.replicaGuid(), cn, old.version(), client);
        Jdbc.update(c, "UPDATE folder SET display_name = ?, container_class = ?, change_number = ?, modified = ?,"
                        + " change_key = ?, pcl = ? WHERE mailbox_id = ? AND fid = ?", displayName, containerClass, cn,
                Timestamp.from(Instant.now()), version.changeKey(), version.predecessorChangeList(), mailbox.id(), fid);
        return require(c, mailbox, fid);
    }

    /** Deletes a folder with its subfolders and messages; each leaves a tombstone in its parent. */
    static void deleteTree(Connection c, Mailbox mailbox, long fid) throws SQLException {
        FolderRecord folder = require(c, mailbox, fid);
        for (FolderRecord child : children(c, mailbox, fid)) {
            deleteTree(c, mailbox, child.fid());
        }
        for (MessageSummary m : MessageReader.summaries(c, mailbox, fid)) {
            MessageWriter.delete(c, mailbox, fid, m.mid());
        }
        TombstoneDao.insert(c, mailbox.id(), fid, folder.parentFid(), true, false);
        Jdbc.update(c, "DELETE FROM folder WHERE mailbox_id = ? AND fid = ?", mailbox.id(), fid);
    }

    /**
     * Marks a change of the folder's contents: its modification time, and its counts of normal messages and of unread
     * ones moved by {@code total} and {@code unread} (migration V10).
     */
    static void touch(Connection c, long mailboxId, long fid, int total, int unread) throws SQLException {
        Jdbc.update(c, "UPDATE folder SET modified = ?, content_count = content_count + ?, unread_count = unread_count + ?"
                + " WHERE mailbox_id = ? AND fid = ?", Timestamp.from(Instant.now()), total, unread, mailboxId, fid);
    }

    /** PidTagContentCount, PidTagContentUnreadCount and PidTagSubfolders of folder {@code fid}, from its row. */
    static FolderCounts counts(Connection c, long mailboxId, long fid) throws SQLException {
        List<int[]> counts = Jdbc.list(c, "SELECT content_count, unread_count FROM folder WHERE mailbox_id = ? AND fid = ?",
                rs -> new int[] {rs.getInt(1), rs.getInt(2)}, mailboxId, fid);
        int[] messages = counts.isEmpty() ? new int[2] : counts.getFirst();
        return new FolderCounts(messages[0], messages[1], subfolders(c, mailboxId, fid));
    }

    private static int subfolders(Connection c, long mailboxId, long fid) throws SQLException {
        return Jdbc.list(c, "SELECT COUNT(*) FROM folder WHERE mailbox_id = ? AND parent_fid = ?",
                rs -> rs.getInt(1), mailboxId, fid).getFirst();
    }
}
