package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.interchange.cache.api.CacheListener;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;

/**
 * Pages of a folder's list read from any position without walking the list from its start: for each folder
 * and order the cache stores anchors ({@link ListAnchors}, about one per {@code stride} rows, {@link #STRIDE} by
 * default), so a page is an index range from the last anchor before it plus a short skip. Anchors are learnt front
 * to back, some strides per lock, by a background thread from the moment a list's first page is read and by any
 * deeper page that gets ahead of it; they are kept in the cache file, so a deep page right after the cache is
 * opened again is fast. Item writes log what they change (V66's trigger, {@link ListChangeTrigger}), and the log is
 * counted into the anchors ({@link FolderAnchors#fold}) after each commit in the background and before anchors are
 * used, so they stay right as items come and go.
 */
final class ListPositions implements CacheListener {
    static final int STRIDE = 2048;
    /** How long one transaction learns anchors (at least one stride) before it lets readers of other positions in. */
    private static final long LOCK_NANOS = 20_000_000;
    private static final System.Logger LOG = System.getLogger(ListPositions.class.getName());

    private final Map<Long, FolderAnchors> folders = new ConcurrentHashMap<>();
    private final Set<List<Object>> learning = ConcurrentHashMap.newKeySet();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean folding = new AtomicBoolean();
    private final H2Database db;
    private final int stride;
    private volatile boolean closed;

    /** Positions of the lists in {@code db}. */
    ListPositions(H2Database db) {
        this(db, STRIDE);
    }

    ListPositions(H2Database db, int stride) {
        this.db = db;
        this.stride = stride;
        db.write("forgetting list changes of folders without anchors", c -> {
            AnchorTable.deleteUnanchoredChanges(c);
            return null;
        });
    }

    /**
     * Takes the folder's changes from the log on a virtual thread, soon, not on the committing one: several commits in
     * a row are taken together. Readers that need them taken first call {@link #catchUp}.
     */
    @Override
    public void itemsChanged(long folderId) {
        if (closed) {
            return;
        }
        pending.add(folderId);
        if (folding.compareAndSet(false, true)) {
            Thread.ofVirtual().name("list-changes").start(this::foldPending);
        }
    }

    private void foldPending() {
        do {
            for (Iterator<Long> i = pending.iterator(); i.hasNext(); ) {
                long folderId = i.next();
                i.remove();
                try {
                    if (!closed) {
                        catchUp(folderId);
                    }
                } catch (RuntimeException e) {
                    // the changes stay in the log for the next reader, or for the next run of the cache
                    LOG.log(System.Logger.Level.DEBUG, "Counting list changes failed", e);
                }
            }
            folding.set(false);
        } while (!pending.isEmpty() && folding.compareAndSet(false, true));
    }

    /**
     * Counts the folder's logged changes into its anchors (or only deletes them when it has none, so the log stays
     * short), now.
     */
    void catchUp(long folderId) {
        inSnapshot(folderId, "counting list changes of folder " + folderId, (c, anchors) -> {
            anchors.fold(c);
            return null;
        });
    }

    /** Stops the background learners after their current stride; the store is closing. */
    void close() {
        closed = true;
    }

    List<ItemSummary> page(long folderId, ItemSort sort, int offset, int limit) {
        if (offset < stride || limit == 0) {
            List<ItemSummary> page = db.read("reading items of folder " + folderId,
                    c -> ItemReader.page(c, folderId, sort, offset, limit));
            if (offset == 0 && page.size() == limit) {
                learnInBackground(folderId, sort);
            }
            return page;
        }
        Start start = startOf(folderId, sort, offset, () -> true);
        return db.read("reading items of folder " + folderId, c -> page(c, folderId, start, offset, limit));
    }

    private static List<ItemSummary> page(Connection c, long folderId, Start start, int offset, int limit)
            throws SQLException {
        if (start.anchor() == null) {
            return ItemReader.page(c, folderId, start.list().sort, offset, limit);
        }
        List<ItemSummary> page = new ArrayList<>(limit);
        try (PreparedStatement s = c.prepareStatement(start.list().sql(ItemReader.SUMMARY_COLUMNS, start.anchor(),
                false))) {
            start.list().bind(s, folderId, start.anchor(), limit, offset - start.anchor().runStart());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    page.add(ItemReader.summary(r));
                }
            }
        }
        // a descending range leaves out the rows without a value, which sort last: read those the slow way
        boolean leftOut = page.size() < limit && start.list().descending && start.anchor().value() != null;
        return leftOut ? ItemReader.page(c, folderId, start.list().sort, offset, limit) : page;
    }

    /** Learns the list's anchors to its end on a virtual thread, unless one does already; stops when closed. */
    private void learnInBackground(long folderId, ItemSort sort) {
        List<Object> key = List.of(folderId, sort);
        if (!learning.add(key)) {
            return;
        }
        Thread.ofVirtual().name("list-positions-" + folderId).start(() -> {
            try {
                startOf(folderId, sort, Integer.MAX_VALUE, () -> !closed);
            } catch (RuntimeException e) {
                // the cache was closed meanwhile; deep pages learn what they need themselves
                LOG.log(System.Logger.Level.DEBUG, "Learning list positions stopped", e);
            } finally {
                learning.remove(key);
            }
        });
    }

    /**
     * The last anchor at or before {@code position}, learning anchors up to it in transactions of about 20 ms (so that
     * readers of other positions do not wait long) while {@code keepGoing} says so.
     */
    private Start startOf(long folderId, ItemSort sort, int position, BooleanSupplier keepGoing) {
        while (true) {
            Start start = inSnapshot(folderId, "learning the positions of folder " + folderId, (c, anchors) -> {
                anchors.fold(c);
                ListAnchors list = anchors.anchors(c, sort);
                long until = System.nanoTime() + LOCK_NANOS;
                do {
                    if (list.reaches(position, stride) || !keepGoing.getAsBoolean()) {
                        return new Start(list, list.at(position));
                    }
                    anchors.learnNext(c, list);
                } while (System.nanoTime() < until);
                return null;
            });
            if (start != null) {
                return start;
            }
        }
    }

    /**
     * Runs {@code work} on the folder's anchors under its lock in one transaction that sees one snapshot of the
     * cache, so the changes it counts and the rows it reads agree; a failed transaction makes them be read again.
     */
    private <T> T inSnapshot(long folderId, String what, AnchorWork<T> work) {
        FolderAnchors anchors = folders.computeIfAbsent(folderId, id -> new FolderAnchors(id, stride));
        synchronized (anchors) {
            try (Connection c = db.dataSource().getConnection()) {
                isolation(c, "SNAPSHOT");
                c.setAutoCommit(false);
                try {
                    T result = work.run(c, anchors);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    anchors.reset();
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                    isolation(c, "READ COMMITTED");
                }
            } catch (SQLException e) {
                throw H2Database.failure(what, e);
            }
        }
    }

    private static void isolation(Connection c, String level) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL " + level);
        }
    }

    /** Where a page starts: the list's order and its last anchor at or before the page; null for none. */
    private record Start(ListAnchors list, ListAnchors.Anchor anchor) {
    }

    @FunctionalInterface
    private interface AnchorWork<T> {
        T run(Connection c, FolderAnchors anchors) throws SQLException;
    }
}
