package org.interchange.mapi.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Tombstones of deleted folders and messages with the change number of the deletion, [MS-OXCFXICS] 2.2.1.3.1. */
final class TombstoneDao {
    /** The tombstones a folder's messages left in a range of counters, through index tombstone_change. */
    static final String MESSAGES_DELETED = "SELECT object_id, parent_fid, is_folder, associated, change_number"
            + " FROM tombstone WHERE mailbox_id = ? AND parent_fid = ? AND change_counter > ? AND change_counter <= ?"
            + " AND is_folder = FALSE ORDER BY change_counter";

    private TombstoneDao() {
    }

    static void insert(Connection c, long mailboxId, long objectId, long parentFid, boolean folder, boolean associated)
            throws SQLException {
        long cn = ChangeNumbers.allocateOne(c, mailboxId);
        // delete-then-insert instead of an upsert: the same SQL runs on H2 and PostgreSQL
        Jdbc.update(c, "DELETE FROM tombstone WHERE mailbox_id = ? AND object_id = ?", mailboxId, objectId);
        Jdbc.update(c, "INSERT INTO tombstone(mailbox_id, object_id, parent_fid, is_folder, associated, change_number,"
                        + " change_counter, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", mailboxId, objectId, parentFid, folder,
                associated, cn, ExchangeIds.globalCounter(cn), Timestamp.from(Instant.now()));
    }

    static List<Tombstone> inFolder(Connection c, long mailboxId, long parentFid) throws SQLException {
        return Jdbc.list(c, "SELECT object_id, parent_fid, is_folder, associated, change_number FROM tombstone"
                + " WHERE mailbox_id = ? AND parent_fid = ?", TombstoneDao::tombstone, mailboxId, parentFid);
    }

    /** The tombstones of messages deleted from or moved out of folder {@code fid} with GLOBCNT in (after, last]. */
    static List<Tombstone> messagesDeleted(Connection c, long mailboxId, long fid, long after, long last)
            throws SQLException {
        return Jdbc.list(c, MESSAGES_DELETED, TombstoneDao::tombstone, mailboxId, fid, after, last);
    }

    private static Tombstone tombstone(java.sql.ResultSet rs) throws SQLException {
        return new Tombstone(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getBoolean(4), rs.getLong(5));
    }

    /** Every folder tombstone of the mailbox, for hierarchy downloads of any subtree. */
    static List<Tombstone> folders(Connection c, long mailboxId) throws SQLException {
        return Jdbc.list(c, "SELECT object_id, parent_fid, is_folder, associated, change_number FROM tombstone"
                + " WHERE mailbox_id = ? AND is_folder = TRUE", TombstoneDao::tombstone, mailboxId);
    }
}
