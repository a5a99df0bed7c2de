package org.interchange.cache.search;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Drains the queue {@code search_pending} (migration V62) into the {@link SearchIndex}: reads a batch of
 * queued item ids, writes their documents, commits the index, then deletes exactly the queue rows it read,
 * so a write queued meanwhile (a newer row) is indexed again and a crash before the delete only repeats
 * work. One daemon thread drains in the background; a search first writes a short queue itself and sees
 * it without a commit (the thread's next commit covers it).
 */
final class SearchIndexer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SearchIndexer.class.getName());
    /** Queue rows handled per index commit by the background thread. */
    static final int BATCH = 2_000;
    /** A queue at most this long is drained by a search before it answers. */
    static final int CATCH_UP = 500;
    private static final long IDLE_MILLIS = 250;
    private static final long FAILURE_MILLIS = 5_000;

    private final DataSource db;
    private final SearchIndex index;
    /** Held while a batch is drained, so the thread and a search never drain at once. */
    private final ReentrantLock draining = new ReentrantLock();
    /** Queue rows whose items are written into the index but not committed; guarded by {@link #draining}. */
    private final Set<Long> uncommitted = new HashSet<>();
    private final ReentrantLock sleeping = new ReentrantLock();
    private final Condition wake = sleeping.newCondition();
    private final Thread thread;
    private volatile boolean closed;

    SearchIndexer(DataSource db, SearchIndex index, String name) {
        this.db = db;
        this.index = index;
        this.thread = Thread.ofPlatform().name("search-indexer " + name).daemon().unstarted(this::run);
    }

    /** Starts the background thread. */
    void start() {
        thread.start();
    }

    /**
     * Writes the queue's items into the index and makes them visible to searches, without a commit, when at
     * most {@link #CATCH_UP} rows wait; a longer queue is left to the thread. The next {@link #drain} commits.
     */
    void catchUp() throws SQLException, IOException {
        if (waiting(CATCH_UP + 1) > CATCH_UP) {
            return;
        }
        draining.lock();
        try (Connection c = db.getConnection()) {
            if (write(c, CATCH_UP)) {
                index.refresh();
            }
        } finally {
            draining.unlock();
        }
    }

    /** Queue rows waiting, counted no further than {@code cap}. */
    int waiting(int cap) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM (SELECT 1 FROM search_pending LIMIT ?)")) {
            s.setInt(1, cap);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /**
     * Indexes the items of at most {@code max} more queue rows, oldest first, commits the index and deletes
     * the rows it covers (with those a search wrote); returns how many rows it deleted.
     */
    int drain(int max) throws SQLException, IOException {
        draining.lock();
        try (Connection c = db.getConnection()) {
            write(c, max);
            if (uncommitted.isEmpty()) {
                return 0;
            }
            index.commit();
            try (PreparedStatement s = c.prepareStatement("DELETE FROM search_pending WHERE seq = ?")) {
                for (long seq : uncommitted) {
                    s.setLong(1, seq);
                    s.addBatch();
                }
                s.executeBatch();
            }
            int done = uncommitted.size();
            uncommitted.clear();
            return done;
        } finally {
            draining.unlock();
        }
    }

    /** Writes the items of at most {@code max} queue rows not written yet; true when there were any. */
    private boolean write(Connection c, int max) throws SQLException, IOException {
        List<Long> rows = new ArrayList<>();
        Set<Long> items = new LinkedHashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT seq, item_id FROM search_pending ORDER BY seq LIMIT ?")) {
            s.setInt(1, max + uncommitted.size());
            try (ResultSet r = s.executeQuery()) {
                while (r.next() && rows.size() < max) {
                    if (!uncommitted.contains(r.getLong(1))) {
                        rows.add(r.getLong(1));
                        items.add(r.getLong(2));
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            return false;
        }
        index.write(items, SearchDocuments.read(c, items));
        uncommitted.addAll(rows);
        return true;
    }

    private void run() {
        while (!closed) {
            long pause;
            try {
                pause = drain(BATCH) >= BATCH ? 0 : IDLE_MILLIS;
            } catch (SQLException | IOException | RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.log(System.Logger.Level.WARNING, "Indexing cached items for search failed; retrying", e);
                pause = FAILURE_MILLIS;
            }
            if (pause > 0) {
                sleep(pause);
            }
        }
    }

    private void sleep(long millis) {
        sleeping.lock();
        try {
            if (!closed) {
                wake.await(millis, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        } finally {
            sleeping.unlock();
        }
    }

    /** Stops the thread after the batch it is draining; what is still queued is indexed after the next start. */
    @Override
    public void close() {
        closed = true;
        sleeping.lock();
        try {
            wake.signalAll();
        } finally {
            sleeping.unlock();
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
