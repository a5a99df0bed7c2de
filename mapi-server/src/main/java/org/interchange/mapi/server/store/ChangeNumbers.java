package org.interchange.mapi.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.interchange.mapi.codec.fxics.PredecessorChangeList;
import org.interchange.mapi.codec.fxics.Xid;

/**
 * The per-mailbox global counter that hands out FIDs, MIDs and change numbers ([MS-OXCDATA] 2.2.1,
 * [MS-OXCFXICS] 2.2.2.1), and the change keys and PCLs of new versions ([MS-OXCFXICS] 2.2.1.2.7,
 * 2.2.1.2.8): a server change key is the XID of the replica GUID and the change number.
 */
final class ChangeNumbers {
    private ChangeNumbers() {
    }

    /**
     * Allocates {@code count} consecutive ids from the mailbox's global counter. The UPDATE comes first so it
     * locks the row before the read (the statements stay in the session's cache; a SELECT FOR UPDATE would not).
     */
    static long[] allocate(Connection c, long mailboxId, int count) throws SQLException {
        if (Jdbc.update(c, "UPDATE mailbox SET next_counter = next_counter + ? WHERE id = ?", count, mailboxId) == 0) {
            throw new StoreException("no mailbox " + mailboxId);
        }
        long next = Jdbc.list(c, "SELECT next_counter FROM mailbox WHERE id = ?", rs -> rs.getLong(1), mailboxId)
                .getFirst() - count;
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = ExchangeIds.make(ExchangeIds.LOCAL_REPLICA_ID, next + i);
        }
        return ids;
    }

    static long allocateOne(Connection c, long mailboxId) throws SQLException {
        return allocate(c, mailboxId, 1)[0];
    }

    /** The change key the server gives change number {@code cn}. */
    static byte[] serverChangeKey(UUID replicaGuid, long cn) {
        return Xid.ofGlobCnt(replicaGuid, ExchangeIds.globalCounter(cn)).encode();
    }

    /**
     * The version stored columns describe; rows from before change tracking (NULL columns) get the
     * server version of their change number.
     */
    static ChangeVersion stored(UUID replicaGuid, long cn, byte[] changeKey, byte[] pcl) {
        byte[] key = changeKey != null ? changeKey : serverChangeKey(replicaGuid, cn);
        byte[] list = pcl != null ? pcl : PredecessorChangeList.of(java.util.List.of(Xid.decode(key))).encode();
        return new ChangeVersion(key, list);
    }

    /**
     * The version after a change with number {@code cn}: the client's version when it uploaded one
     * (its PCL merged with its change key), else a server change key added to the previous PCL.
     */
    static ChangeVersion next(UUID replicaGuid, long cn, ChangeVersion previous, ChangeVersion client) {
        if (client != null) {
            Xid key = Xid.decode(client.changeKey());
            PredecessorChangeList pcl = PredecessorChangeList.decode(client.predecessorChangeList()).with(key);
            return new ChangeVersion(client.changeKey(), pcl.encode());
        }
        byte[] key = serverChangeKey(replicaGuid, cn);
        PredecessorChangeList pcl = previous == null ? PredecessorChangeList.of(java.util.List.of())
                : PredecessorChangeList.decode(previous.predecessorChangeList());
        return new ChangeVersion(key, pcl.with(Xid.decode(key)).encode());
    }
}
