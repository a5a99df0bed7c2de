package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.interchange.cache.api.CacheListener;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;

/**
 * Pages of a folder's list read from any position without walking the list from its start: for each folder
 * and order it remembers, every {@code stride} rows ({@link #STRIDE} by default), the value of the order's first
 * column there and where that value's run of rows begins. A page then starts its index range at that value and skips fewer than a
 * stride (plus the run) of index entries. The anchors are learnt front to back, one stride at a time: by a
 * background thread from the moment a list's first page is read, and by any deeper page that gets ahead of it.
 * They are forgotten when the folder's items change ({@link CacheListener#itemsChanged}, told after every commit).
 */
final class ListPositions implements CacheListener {
    static final int STRIDE = 2048;
    private static final System.Logger LOG = System.getLogger(ListPositions.class.getName());

    private final Map<List<Object>, Anchors> lists = new ConcurrentHashMap<>();
    private final H2Database db;
    private final int stride;

    ListPositions(H2Database db) {
        this(db, STRIDE);
    }

    ListPositions(H2Database db, int stride) {
        this.db = db;
        this.stride = stride;
    }

    @Override
    public void itemsChanged(long folderId) {
        lists.keySet().removeIf(key -> key.getFirst().equals(folderId));
    }

    /** Forgets every list, which stops the background learners after their current stride; the store is closing. */
    void close() {
        lists.clear();
    }

    List<ItemSummary> page(Connection c, long folderId, ItemSort sort, int offset, int limit) throws SQLException {
        if (offset < stride || limit == 0) {
            List<ItemSummary> page = ItemReader.page(c, folderId, sort, offset, limit);
            if (offset == 0 && page.size() == limit) {
                learnInBackground(folderId, sort);
            }
            return page;
        }
        Anchors anchors = lists.computeIfAbsent(List.of(folderId, sort), k -> new Anchors(sort, stride));
        Anchor from = anchors.before(c, folderId, offset, () -> true);
        if (from == null) {
            return ItemReader.page(c, folderId, sort, offset, limit);
        }
        List<ItemSummary> page = new ArrayList<>(limit);
        try (PreparedStatement s = c.prepareStatement(anchors.sql(ItemReader.SUMMARY_COLUMNS, from))) {
            anchors.bind(s, folderId, from, limit, offset - from.runStart);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    page.add(ItemReader.summary(r));
                }
            }
        }
        // a descending range leaves out the rows without a value, which sort last: read those the slow way
        boolean leftOut = page.size() < limit && anchors.descending && from.value != null;
        return leftOut ? ItemReader.page(c, folderId, sort, offset, limit) : page;
    }

    /** Learns the list's anchors to its end on a virtual thread, unless one does already; stops when they are forgotten. */
    private void learnInBackground(long folderId, ItemSort sort) {
        List<Object> key = List.of(folderId, sort);
        Anchors anchors = lists.computeIfAbsent(key, k -> new Anchors(sort, stride));
        if (!anchors.learning.compareAndSet(false, true)) {
            return;
        }
        Thread.ofVirtual().name("list-positions-" + folderId).start(() -> {
            try {
                db.read("learning the positions of folder " + folderId, c -> anchors.before(c, folderId,
                        Integer.MAX_VALUE, () -> lists.get(key) == anchors));
            } catch (RuntimeException e) {
                // the cache was closed meanwhile; deep pages learn what they need themselves
                LOG.log(System.Logger.Level.DEBUG, "Learning list positions stopped", e);
            }
        });
    }

    /** The value of the order's first column at {@code position}, and where the rows with that value begin. */
    private record Anchor(int position, Object value, int runStart) {
    }

    /** The anchors of one folder in one order, learnt front to back. */
    private static final class Anchors {
        private final String column;
        private final boolean descending;
        private final ItemSort sort;
        private final int stride;
        private final List<Anchor> known = new ArrayList<>();
        final AtomicBoolean learning = new AtomicBoolean();
        private boolean complete;

        Anchors(ItemSort sort, int stride) {
            this.sort = sort;
            this.stride = stride;
            this.column = switch (sort) {
                case DATE_DESC, DATE_ASC -> "sort_date";
                case SENDER -> "sender_key";
                case SUBJECT -> "subject_key";
                case SIZE_DESC -> "item_size";
            };
            this.descending = sort == ItemSort.DATE_DESC || sort == ItemSort.SIZE_DESC;
        }

        /**
         * The last anchor at or before {@code position}, learning anchors up to it one stride at a time (so
         * that readers of other positions wait for one stride at most) while {@code keepGoing} says so; null for
         * an empty folder.
         */
        Anchor before(Connection c, long folderId, int position, BooleanSupplier keepGoing) throws SQLException {
            while (true) {
                synchronized (this) {
                    if (known.isEmpty()) {
                        List<Object> first = values(c, folderId, null, 0, 1);
                        if (first.isEmpty()) {
                            return null;
                        }
                        known.add(new Anchor(0, first.getFirst(), 0));
                    }
                    Anchor last = known.getLast();
                    if (complete || last.position + stride > position || !keepGoing.getAsBoolean()) {
                        return known.get(Math.min(position / stride, known.size() - 1));
                    }
                    learnNext(c, folderId, last);
                }
            }
        }

        /** Learns the anchor one stride after {@code last}, or that there is none. */
        private void learnNext(Connection c, long folderId, Anchor last) throws SQLException {
            List<Object> run = values(c, folderId, last, last.position - last.runStart, stride + 1);
            if (run.size() <= stride) {
                complete = true; // the end of the list, or of the rows with a value
                return;
            }
            int runStart = last.runStart;
            for (int i = 1; i <= stride; i++) {
                if (!Objects.equals(run.get(i), run.get(i - 1))) {
                    runStart = last.position + i;
                }
            }
            known.add(new Anchor(last.position + stride, run.get(stride), runStart));
        }

        private List<Object> values(Connection c, long folderId, Anchor from, int skip, int limit) throws SQLException {
            List<Object> values = new ArrayList<>(limit);
            try (PreparedStatement s = c.prepareStatement(sql(column, from))) {
                bind(s, folderId, from, limit, skip);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        values.add(r.getObject(1));
                    }
                }
            }
            return values;
        }

        /**
         * The rows from the start of {@code from}'s run on (all rows without an anchor). Values sort low, so
         * rows without one come first in ascending orders (no range is needed) and last in descending ones.
         */
        String sql(String columns, Anchor from) {
            String range = "";
            if (from != null && from.value == null && descending) {
                range = " AND " + column + " IS NULL";
            } else if (from != null && from.value != null) {
                range = " AND " + column + (descending ? " <= ?" : " >= ?");
            }
            return "SELECT " + columns + " FROM items USE INDEX (" + ItemReader.indexFor(sort) + ") WHERE folder_id = ? "
                    + "AND offline_state <> 'LOCALLY_DELETED'" + range + " ORDER BY " + ItemReader.orderBy(sort)
                    + " LIMIT ? OFFSET ?";
        }

        void bind(PreparedStatement s, long folderId, Anchor from, int limit, int skip) throws SQLException {
            int i = 1;
            s.setLong(i++, folderId);
            if (from != null && from.value != null) {
                s.setObject(i++, from.value);
            }
            s.setInt(i++, limit);
            s.setInt(i, skip);
        }
    }
}
