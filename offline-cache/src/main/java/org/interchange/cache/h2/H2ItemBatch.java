package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.Set;
import org.interchange.cache.api.CacheException;
import org.interchange.cache.spi.ItemBatch;
import org.interchange.cache.spi.RemoteItem;

/**
 * One batch of a folder sync: upserts, deletes, counts and the new cursor commit together, in a JDBC transaction
 * of its own or, inside a {@link H2CommitGroup}, from a savepoint of the group's transaction.
 */
final class H2ItemBatch implements ItemBatch {

    private final Connection c;
    private final Listeners listeners;
    private final String accountId;
    private final long folderId;
    private final String folderServerId;
    private final ItemWriter writer;
    private final H2CommitGroup group;
    private final Savepoint start;
    private int writes;
    private boolean evicted;
    private boolean committed;
    private boolean closed;

    /** A batch in a transaction of its own on {@code c}. */
    H2ItemBatch(Connection c, Listeners listeners, String accountId, long folderId, String folderServerId) {
        this(c, null, null, listeners, accountId, folderId, folderServerId);
    }

    /** A batch in {@code group}'s transaction. */
    static H2ItemBatch in(H2CommitGroup group, Listeners listeners, String accountId, long folderId,
                          String folderServerId) throws SQLException {
        return new H2ItemBatch(group.connection(), group, group.batchStart(), listeners, accountId, folderId,
                folderServerId);
    }

    private H2ItemBatch(Connection c, H2CommitGroup group, Savepoint start, Listeners listeners, String accountId,
                        long folderId, String folderServerId) {
        this.c = c;
        this.group = group;
        this.start = start;
        this.listeners = listeners;
        this.accountId = accountId;
        this.folderId = folderId;
        this.folderServerId = folderServerId;
        this.writer = new ItemWriter(c, accountId, folderId, folderServerId);
    }

    @Override
    public void upsert(RemoteItem item) {
        ensureOpen();
        writes++;
        try {
            writer.upsert(item);
        } catch (SQLException e) {
            // an upsert stores the ones before it that wait for their lookup together
            throw H2Database.failure("storing the items up to " + item.serverId() + " in folder " + folderServerId, e);
        }
    }

    @Override
    public void delete(String itemServerId) {
        ensureOpen();
        writes++;
        try {
            writer.delete(itemServerId);
        } catch (SQLException e) {
            throw H2Database.failure("deleting item " + itemServerId + " from folder " + folderServerId
                    + " (or storing the items before it)", e);
        }
    }

    @Override
    public void setRead(String itemServerId, boolean read) {
        ensureOpen();
        writes++;
        try {
            writer.setRead(itemServerId, read);
        } catch (SQLException e) {
            throw H2Database.failure("marking item " + itemServerId + " in folder " + folderServerId
                    + " (or storing the items before it)", e);
        }
    }

    @Override
    public Set<String> evictDeliveredBefore(Instant cutoff) {
        ensureOpen();
        try {
            writer.flush();
            DeliveredBeforeEviction.Outcome outcome = DeliveredBeforeEviction.run(c, accountId, folderId,
                    folderServerId, cutoff);
            evicted |= outcome.evicted() > 0;
            return outcome.kept();
        } catch (SQLException e) {
            throw H2Database.failure("evicting the items delivered before " + cutoff + " from folder "
                    + folderServerId, e);
        }
    }

    @Override
    public void markUnconfirmed() {
        ensureOpen();
        try {
            writer.flush();
            ResyncMarks.mark(c, folderId);
        } catch (SQLException e) {
            throw H2Database.failure("marking the items of folder " + folderServerId + " for a resync", e);
        }
    }

    @Override
    public void dropUnconfirmed() {
        ensureOpen();
        try {
            writer.flush();
            evicted |= ResyncMarks.sweep(c, folderId);
        } catch (SQLException e) {
            throw H2Database.failure("dropping the items of folder " + folderServerId + " a resync did not bring", e);
        }
    }

    @Override
    public void setSyncCursor(byte[] cursor) {
        ensureOpen();
        try {
            CursorTable.write(c, folderId, cursor);
        } catch (SQLException e) {
            throw H2Database.failure("storing the sync cursor of folder " + folderServerId, e);
        }
    }

    @Override
    public void commit() {
        ensureOpen();
        boolean countsChanged;
        try {
            countsChanged = writer.applyCounts() || evicted;
            if (group != null) {
                group.batchDone(start, folderId, countsChanged, writes);
                committed = true;
                return;
            }
            ConversationUpkeep.settle(c);
            c.commit();
        } catch (SQLException e) {
            throw H2Database.failure("committing a batch in folder " + folderServerId, e);
        }
        committed = true;
        listeners.itemsChanged(folderId);
        if (countsChanged) {
            listeners.foldersChanged(accountId);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (group != null) {
                try (writer) {
                    if (!committed) {
                        group.batchAbandoned(start);
                    }
                }
                return;
            }
            try (c; writer) {
                if (!committed) {
                    c.rollback();
                }
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw H2Database.failure("closing a batch in folder " + folderServerId, e);
        }
    }

    private void ensureOpen() {
        if (closed || committed) {
            throw new CacheException("The batch of folder " + folderServerId + " is already "
                    + (closed ? "closed" : "committed"));
        }
    }
}
