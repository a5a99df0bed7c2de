package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.LongSupplier;
import org.interchange.cache.spi.CommitGroup;

/**
 * The open transaction that a {@link CommitGroup} of {@link H2BackendStorage} shares between its folders' batches:
 * each batch starts at a savepoint and is rolled back to it when it fails, and the transaction is committed when
 * {@link #MAX_WAITING_WRITES} writes wait, when the sync is about to wait for the server and the oldest waiting batch has
 * waited {@link #MAX_WAIT_NANOS} ({@link #commitIfWaitedLong}), when asked to, and at the end, its items threaded into
 * conversations just before ({@link ConversationUpkeep}); listeners hear of the changes after each commit. Used by the
 * sync's thread only.
 */
final class H2CommitGroup implements CommitGroup {

    /** Writes of committed batches that may wait uncommitted (about five batches of a first sync). */
    static final int MAX_WAITING_WRITES = 250;
    /**
     * How long a batch may wait uncommitted, in nanoseconds, before a wait for the server commits it: long enough that
     * a sync whose answers come quickly commits every few batches rather than after each (every commit writes the
     * changed index pages again), short enough that what was downloaded shows soon and other writers are not held up.
     */
    static final long MAX_WAIT_NANOS = 250_000_000L;

    private final H2Database db;
    private final Listeners listeners;
    private final String accountId;
    private final Runnable onClose;
    private final LongSupplier nanoClock;
    private final Set<Long> changedFolders = new LinkedHashSet<>();
    private Connection connection;
    private boolean countsChanged;
    private int waitingWrites;
    /** When the oldest batch waiting uncommitted was done, by {@link #nanoClock}. */
    private long oldestWaiting;
    private boolean closed;

    H2CommitGroup(H2Database db, Listeners listeners, String accountId, Runnable onClose, LongSupplier nanoClock) {
        this.db = db;
        this.nanoClock = nanoClock;
        this.listeners = listeners;
        this.accountId = accountId;
        this.onClose = onClose;
    }

    /** The group's connection, with its transaction open; made when first needed. */
    Connection connection() throws SQLException {
        if (closed) {
            throw new IllegalStateException("the commit group of " + accountId + " is closed");
        }
        if (connection == null) {
            connection = db.begin();
        }
        return connection;
    }

    /** Where a batch starts: the point it is rolled back to when it fails. */
    Savepoint batchStart() throws SQLException {
        return connection().setSavepoint();
    }

    /** A batch of {@code folderId} finished with {@code writes} writes; commits when enough wait. */
    void batchDone(Savepoint start, long folderId, boolean folderCountsChanged, int writes) throws SQLException {
        connection.releaseSavepoint(start);
        changedFolders.add(folderId);
        countsChanged |= folderCountsChanged;
        if (waitingWrites == 0) {
            oldestWaiting = nanoClock.getAsLong();
        }
        waitingWrites += writes;
        if (waitingWrites >= MAX_WAITING_WRITES) {
            commit();
        }
    }

    /** A batch failed or was closed uncommitted: its writes are undone, the earlier batches' stay. */
    void batchAbandoned(Savepoint start) throws SQLException {
        connection.rollback(start);
    }

    /** Commits the waiting batches when the oldest of them has waited {@link #MAX_WAIT_NANOS} or longer. */
    void commitIfWaitedLong() throws SQLException {
        if (waitingWrites > 0 && nanoClock.getAsLong() - oldestWaiting >= MAX_WAIT_NANOS) {
            commit();
        }
    }

    /** Commits the waiting batches and tells the listeners. */
    void commit() throws SQLException {
        if (connection == null) {
            return;
        }
        ConversationUpkeep.settle(connection, closed); // a run's last commit threads its folders' first downloads
        connection.commit();
        waitingWrites = 0;
        changedFolders.forEach(listeners::itemsChanged);
        changedFolders.clear();
        if (countsChanged) {
            countsChanged = false;
            listeners.foldersChanged(accountId);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        onClose.run();
        if (connection == null) {
            return;
        }
        try (Connection c = connection) {
            try {
                commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw H2Database.failure("committing the sync's last batches of " + accountId, e);
        }
    }
}
