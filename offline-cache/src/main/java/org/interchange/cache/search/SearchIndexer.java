package org.interchange.cache.search;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Drains the queue {@code search_pending} (migration V62) into the {@link SearchIndex}: reads queued item
 * ids, writes their documents, and now and then commits the index and then deletes exactly the queue rows
 * the commit covers, so a write queued meanwhile (a newer row) is indexed again and a crash before the
 * delete only repeats work. One daemon thread drains in the background and commits only when many rows or
 * some seconds of work are uncommitted, or the queue has gone quiet (see {@link #commitDue}); a search first
 * writes a short queue itself and sees everything written, committed or not (an NRT refresh).
 */
final class SearchIndexer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SearchIndexer.class.getName());
    /** Queue rows written at most per read by the background thread. */
    static final int BATCH = 2_000;
    /** A queue at most this long is drained by a search before it answers. */
    static final int CATCH_UP = 500;
    /*
     * When the thread commits. A commit makes the index durable and lets the queue rows go, but it also
     * flushes the documents buffered so far into a segment of their own, which the merge policy merges again
     * and again as more arrive (and a sorted index makes flushes and merges dearer): committing after every
     * 250 ms drain of a sync (~50 messages a batch) made merging the largest CPU user of a sync. Uncommitted
     * work is safe (its queue rows stay; a crash repeats it), so the thread commits when
     * - COMMIT_ROWS rows are uncommitted: bounds what a crash repeats (~20,000 items, some seconds of
     *   indexing) and the seqs held in memory; an index rebuild commits every 20,000 items;
     * - the oldest uncommitted write is COMMIT_MILLIS old: a long sync commits every 10 s, ~40 times less often
     *   than before, while a crash repeats at most 10 s of indexing;
     * - the queue has been quiet (nothing new to write) for QUIET_MILLIS: longer than the pause between a
     *   running sync's batches (a server round trip and an H2 write, well under a second), so a sync is not
     *   committed batch by batch, yet a user's edit is durable and its queue row gone 2 s later;
     * - more than MAX_GAPS gaps are read again by each read (see QueueCursor): a commit starts them over.
     */
    static final int COMMIT_ROWS = 20_000;
    static final long COMMIT_MILLIS = 10_000;
    static final long QUIET_MILLIS = 2_000;
    static final int MAX_GAPS = 64;
    private static final long IDLE_MILLIS = 250;
    private static final long FAILURE_MILLIS = 5_000;

    private final DataSource db;
    private final SearchIndex index;
    /** Held while rows are written or committed, so the thread and a search never do it at once. */
    private final ReentrantLock draining = new ReentrantLock();
    /** Guarded by {@link #draining}. */
    private final QueueCursor cursor = new QueueCursor();
    /** When the first of the uncommitted rows was written, and the last rows; guarded by {@link #draining}. */
    private long firstWrite;
    private long lastWrite;
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
     * Makes every document written so far visible to searches, committed or not, after writing the queue's
     * items when at most {@link #CATCH_UP} rows wait to be read; a longer queue is left to the thread.
     */
    void catchUp() throws SQLException, IOException {
        if (unread(CATCH_UP + 1) <= CATCH_UP) { // without the lock: the thread may be writing a long queue
            draining.lock();
            try (Connection c = db.getConnection()) {
                QueueCursor.Rows rows = cursor.next(c, CATCH_UP + 1);
                if (rows.size() <= CATCH_UP) {
                    write(c, rows);
                }
            } finally {
                draining.unlock();
            }
        }
        index.refresh();
    }

    /** Queue rows above the highest read, counted no further than {@code cap}; rows in gaps are not counted. */
    private int unread(int cap) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM (SELECT 1 FROM search_pending WHERE seq > ? LIMIT ?)")) {
            s.setLong(1, cursor.high());
            s.setInt(2, cap);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /**
     * Indexes the items of at most {@code max} more queue rows, commits the index and deletes the rows it
     * covers (with those written before); returns how many rows it deleted.
     */
    int drain(int max) throws SQLException, IOException {
        draining.lock();
        try {
            write(max);
            return commit();
        } finally {
            draining.unlock();
        }
    }

    /** Writes the items of at most {@code max} queue rows not written yet, without a commit; returns the rows. */
    int write(int max) throws SQLException, IOException {
        draining.lock();
        try (Connection c = db.getConnection()) {
            QueueCursor.Rows rows = cursor.next(c, max);
            write(c, rows);
            return rows.size();
        } finally {
            draining.unlock();
        }
    }

    private void write(Connection c, QueueCursor.Rows rows) throws SQLException, IOException {
        if (rows.isEmpty()) {
            return;
        }
        Set<Long> items = new LinkedHashSet<>();
        for (QueueCursor.Row row : rows.rows()) {
            items.add(row.itemId());
        }
        index.write(items, SearchDocuments.read(c, items));
        long now = System.nanoTime();
        if (cursor.written().isEmpty()) {
            firstWrite = now;
        }
        lastWrite = now;
        cursor.advance(rows);
    }

    /** Commits what was written and deletes the queue rows that covers; returns how many it deleted. */
    int commit() throws SQLException, IOException {
        draining.lock();
        try (Connection c = db.getConnection()) {
            List<Long> written = cursor.written();
            if (written.isEmpty()) {
                return 0;
            }
            index.commit();
            try (PreparedStatement s = c.prepareStatement("DELETE FROM search_pending WHERE seq = ?")) {
                for (long seq : written) {
                    s.setLong(1, seq);
                    s.addBatch();
                }
                s.executeBatch();
            }
            int done = written.size();
            cursor.committed();
            return done;
        } finally {
            draining.unlock();
        }
    }

    /** Whether the thread commits now, {@code now} being {@link System#nanoTime}. */
    boolean commitDue(long now) {
        draining.lock();
        try {
            return commitDue(cursor.written().size(), cursor.gaps(), firstWrite, lastWrite, now);
        } finally {
            draining.unlock();
        }
    }

    /**
     * Whether {@code rows} uncommitted rows, the first written at {@code first}, the last at {@code last}, are
     * committed at {@code now} (all {@link System#nanoTime}), {@code gaps} being read again by each read; see
     * {@link #COMMIT_ROWS}.
     */
    static boolean commitDue(int rows, int gaps, long first, long last, long now) {
        return rows > 0 && (rows >= COMMIT_ROWS || gaps > MAX_GAPS
                || now - first >= TimeUnit.MILLISECONDS.toNanos(COMMIT_MILLIS)
                || now - last >= TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS));
    }

    private void run() {
        while (!closed) {
            long pause;
            try {
                int written = write(BATCH);
                if (commitDue(System.nanoTime())) {
                    commit();
                }
                pause = written >= BATCH ? 0 : IDLE_MILLIS;
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
        try {
            commit(); // what a close leaves uncommitted would be indexed again at the next start
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Committing the search index at close failed; indexed again later", e);
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

    /**
     * Stops the thread after the batch it is writing and commits what it wrote; what is still queued is indexed
     * after the next start.
     */
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
