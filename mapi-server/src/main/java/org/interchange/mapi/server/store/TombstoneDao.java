package org.interchange.mapi.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Tombstones of deleted folders and messages with the change number of the deletion, [MS-OXCFXICS] 2.2.1.3.1. */
final class TombstoneDao {
    private TombstoneDao() {
    }

    static void insert(Connection c, long mailboxId, long objectId, long parentFid, boolean folder, boolean associated)
            throws SQLException {
        long cn = ChangeNumbers.allocateOne(c, mailboxId);
        // delete-then-insert instead of an upsert: the same SQL runs on H2 and PostgreSQL
        Jdbc.update(c, "DELETE FROM tombstone WHERE mailbox_id = ? AND object_id = ?", mailboxId, objectId);
        Jdbc.update(c, "INSERT INTO tombstone(mailbox_id, object_id, parent_fid, is_folder, associated, change_number,"
                        + " deleted) VALUES (?, ?, ?, ?, ?, ?, ?)", mailboxId, objectId,
                parentFid, folder, associated, cn, Timestamp.from(Instant.now()));
    }

    static List<Tombstone> inFolder(Connection c, long mailboxId, long parentFid) throws SQLException {
        return Jdbc.list(c, "SELECT object_id, parent_fid, is_folder, associated, change_number FROM tombstone"
                        + " WHERE mailbox_id = ? AND parent_fid = ?", rs -> new Tombstone(rs.getLong(1), rs.getLong(2),
                rs.getBoolean(3), rs.getBoolean(4), rs.getLong(5)), mailboxId, parentFid);
    }

    /** Every folder tombstone of the mailbox, for hierarchy downloads of any subtree. */
    static List<Tombstone> folders(Connection c, long mailboxId) throws SQLException {
        return Jdbc.list(c, "SELECT object_id, parent_fid, is_folder, associated, change_number FROM tombstone"
                        + " WHERE mailbox_id = ? AND is_folder = TRUE", rs -> new Tombstone(rs.getLong(1), rs.getLong(2),
                rs.getBoolean(3), rs.getBoolean(4), rs.getLong(5)), mailboxId);
    }
}
