package org.interchange.cache.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Where the indexer stands in the queue {@code search_pending} (migration V62): the rows it wrote into the
 * index since its last commit, and which rows it has not read yet, found without reading the written ones
 * again. A row's {@code seq} is drawn when it is inserted, not when its transaction commits, so a long
 * transaction can commit rows below seqs already read; every seq range read past without a row (a gap) is
 * therefore read again each time until the next commit, after which the reading starts over from the lowest
 * seq (the written rows are then deleted). Not thread-safe: the indexer guards it.
 */
final class QueueCursor {
    /** One queue row read: its seq and the item to index. */
    record Row(long seq, long itemId) {
    }

    /** Rows read by {@link #next}, with where the cursor stands once they are {@link #advance written}. */
    record Rows(List<Row> rows, NavigableMap<Long, Long> gaps, long high) {
        boolean isEmpty() {
            return rows.isEmpty();
        }

        int size() {
            return rows.size();
        }
    }

    /** The seqs of the rows written and not committed: deleted from the queue after the commit that covers them. */
    private final List<Long> written = new ArrayList<>();
    /** The highest seq read since the last commit; every row above it is unread. */
    private volatile long high;
    /** Seq ranges (first to last, inclusive) below {@link #high} read past without a row. */
    private NavigableMap<Long, Long> gaps = new TreeMap<>();

    /**
     * At most {@code max} queue rows not read yet: those committed meanwhile in a gap, then those above
     * {@link #high}, each oldest first. The cursor stays where it is until {@link #advance}.
     */
    Rows next(Connection c, int max) throws SQLException {
        List<Row> rows = new ArrayList<>();
        NavigableMap<Long, Long> left = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT seq, item_id FROM search_pending WHERE seq BETWEEN ? AND ? ORDER BY seq LIMIT ?")) {
            for (Map.Entry<Long, Long> gap : gaps.entrySet()) {
                if (rows.size() == max) {
                    left.put(gap.getKey(), gap.getValue());
                    continue;
                }
                long after = read(s, gap.getKey(), gap.getValue(), max - rows.size(), rows, left);
                if (after <= gap.getValue()) {
                    left.put(after, gap.getValue());
                }
            }
            long top = high;
            if (rows.size() < max) {
                int before = rows.size();
                read(s, high + 1, Long.MAX_VALUE, max - rows.size(), rows, left);
                if (rows.size() > before) {
                    top = rows.getLast().seq();
                }
            }
            return new Rows(rows, left, top);
        }
    }

    /**
     * Reads at most {@code limit} rows with seqs from {@code first} to {@code last} into {@code rows}, the
     * ranges between them into {@code gaps}; returns the seq after the last row read ({@code first} if none).
     */
    private static long read(PreparedStatement s, long first, long last, int limit, List<Row> rows,
            NavigableMap<Long, Long> gaps) throws SQLException {
        s.setLong(1, first);
        s.setLong(2, last);
        s.setInt(3, limit);
        long expected = first;
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long seq = r.getLong(1);
                if (seq > expected) {
                    gaps.put(expected, seq - 1);
                }
                rows.add(new Row(seq, r.getLong(2)));
                expected = seq + 1;
            }
        }
        return expected;
    }

    /** Moves the cursor past {@code rows}, which were written into the index. */
    void advance(Rows rows) {
        for (Row row : rows.rows()) {
            written.add(row.seq());
        }
        gaps = rows.gaps();
        high = rows.high();
    }

    /** The seqs of the rows written since the last commit. */
    List<Long> written() {
        return written;
    }

    /** Gaps read again by each {@link #next}. */
    int gaps() {
        return gaps.size();
    }

    /** The highest seq read, readable without the indexer's guard: rows above it have not been read. */
    long high() {
        return high;
    }

    /** Starts over after a commit that covered (and a delete that removed) every written row. */
    void committed() {
        written.clear();
        gaps = new TreeMap<>();
        high = 0;
    }
}
