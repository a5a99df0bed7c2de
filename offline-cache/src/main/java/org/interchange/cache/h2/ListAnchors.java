package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.interchange.cache.api.ItemSort;

/**
 * The anchors of one folder's list in one order, learnt front to back: each says how many visible rows sort
 * before a value of the order's first column ({@link Anchor#runStart}), so the rows from any position are an
 * index range from the last anchor at or before it plus a short skip. Changes to the folder's items move the
 * anchors after them ({@link #apply}); values compare as H2 compares them without a collation. Not thread-safe:
 * {@link FolderAnchors} guards it.
 */
final class ListAnchors {

    /** {@code runStart} visible rows sort before {@code value} (null: the rows without a value). */
    record Anchor(Object value, int runStart) {
    }

    final ItemSort sort;
    final String column;
    final boolean descending;
    private final List<Anchor> known;
    private boolean complete;
    private int tailGrowth;
    private int changes;

    ListAnchors(ItemSort sort, List<Anchor> known, boolean complete, int tailGrowth, int changes) {
        this.sort = sort;
        this.known = new ArrayList<>(known);
        this.complete = complete;
        this.tailGrowth = tailGrowth;
        this.changes = changes;
        this.column = column(sort);
        this.descending = sort == ItemSort.DATE_DESC || sort == ItemSort.SIZE_DESC;
    }

    static String column(ItemSort sort) {
        return switch (sort) {
            case DATE_DESC, DATE_ASC -> "sort_date";
            case SENDER -> "sender_key";
            case SUBJECT -> "subject_key";
            case SIZE_DESC -> "item_size";
        };
    }

    List<Anchor> known() {
        return List.copyOf(known);
    }

    boolean complete() {
        return complete;
    }

    /** Rows that joined the list after its last anchor since the anchors were learnt to the end. */
    int tailGrowth() {
        return tailGrowth;
    }

    int changes() {
        return changes;
    }

    /** True when the anchors reach {@code position}: a page there skips fewer than {@code stride} rows past one. */
    boolean reaches(int position, int stride) {
        return complete || !known.isEmpty() && known.getLast().runStart() + stride > position;
    }

    /** The last anchor at or before {@code position}; null when there is none. */
    Anchor at(int position) {
        int low = 0;
        int high = known.size() - 1;
        Anchor found = null;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (known.get(mid).runStart() <= position) {
                found = known.get(mid);
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /**
     * Counts a row with {@code value} in this order's column joining ({@code delta} 1) or leaving (-1) the list: the
     * anchors after it move. A complete list whose tail grew by two strides learns on from its last anchor.
     */
    void apply(Object value, int delta, int stride) {
        for (int i = 0; i < known.size(); i++) {
            Anchor a = known.get(i);
            if (before(value, a.value())) {
                known.set(i, new Anchor(a.value(), a.runStart() + delta));
            }
        }
        changes++;
        if (complete && !known.isEmpty() && !before(value, known.getLast().value())) {
            tailGrowth += delta;
            if (tailGrowth > 2 * stride) {
                complete = false;
            }
        }
    }

    /**
     * True when so many rows came and went that the skips between anchors may be long: more than {@code stride}
     * rows before the first anchor, or more changes than {@code limit}. Such anchors are learnt again.
     */
    boolean worn(int stride, int limit) {
        return !known.isEmpty() && known.getFirst().runStart() >= stride || changes > limit;
    }

    /** True when a row with {@code x} sorts before every row with {@code v}; values sort low (nulls first ascending). */
    private boolean before(Object x, Object v) {
        if (descending) {
            return v == null ? x != null : x != null && compare(x, v) > 0;
        }
        return x == null ? v != null : v != null && compare(x, v) < 0;
    }

    @SuppressWarnings("unchecked")
    private static int compare(Object x, Object v) {
        return ((Comparable<Object>) x).compareTo(v);
    }

    /**
     * Learns the anchor after the last one (the first one for none), or that there is none: at the first value change
     * within a stride of it, or after its run of equal values when that is longer.
     */
    void learnNext(Connection c, long folderId, int stride) throws SQLException {
        if (known.isEmpty()) {
            List<Object> first = values(c, folderId, null, false, 1);
            if (first.isEmpty()) {
                complete = true;
                tailGrowth = 0;
            } else {
                known.add(new Anchor(first.getFirst(), 0));
            }
            return;
        }
        Anchor last = known.getLast();
        List<Object> run = values(c, folderId, last, false, stride + 1);
        if (run.size() > stride && !Objects.equals(run.get(stride), last.value())) {
            Object next = run.get(stride);
            int i = stride;
            while (i > 0 && Objects.equals(run.get(i - 1), next)) {
                i--;
            }
            known.add(new Anchor(next, last.runStart() + i));
            return;
        }
        int rows = run.size() > stride ? count(c, folderId, last) : run.size();
        List<Object> after = run.size() > stride ? values(c, folderId, last, true, 1) : List.of();
        if (!after.isEmpty()) {
            known.add(new Anchor(after.getFirst(), last.runStart() + rows));
        } else if (descending && last.value() != null && hasNullValues(c, folderId)) {
            known.add(new Anchor(null, last.runStart() + rows));
        } else {
            complete = true;
            tailGrowth = 0;
        }
    }

    /** The rows from {@code from}'s run on ({@code strict}: after its run), as the page query reads them. */
    String sql(String columns, Anchor from, boolean strict) {
        return "SELECT " + columns + " FROM items USE INDEX (" + ItemReader.indexFor(sort) + ") WHERE folder_id = ? "
                + "AND offline_state <> 'LOCALLY_DELETED'" + range(from, strict) + " ORDER BY "
                + ItemReader.orderBy(sort) + " LIMIT ? OFFSET ?";
    }

    /**
     * Values sort low, so rows without one come first in ascending orders (no range is needed from them) and last in
     * descending ones (a range from a value leaves them out).
     */
    private String range(Anchor from, boolean strict) {
        if (from == null) {
            return "";
        }
        if (from.value() == null) {
            return descending ? " AND " + column + " IS NULL" : strict ? " AND " + column + " IS NOT NULL" : "";
        }
        String op = descending ? (strict ? " < ?" : " <= ?") : (strict ? " > ?" : " >= ?");
        return " AND " + column + op;
    }

    void bind(PreparedStatement s, long folderId, Anchor from, int limit, int skip) throws SQLException {
        int i = 1;
        s.setLong(i++, folderId);
        if (from != null && from.value() != null) {
            s.setObject(i++, from.value());
        }
        s.setInt(i++, limit);
        s.setInt(i, skip);
    }

    private List<Object> values(Connection c, long folderId, Anchor from, boolean strict, int limit)
            throws SQLException {
        if (strict && descending && from != null && from.value() == null) {
            return List.of(); // nothing sorts after the rows without a value
        }
        List<Object> values = new ArrayList<>(limit);
        try (PreparedStatement s = c.prepareStatement(sql(column, from, strict))) {
            bind(s, folderId, from, limit, 0);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(value(r.getObject(1)));
                }
            }
        }
        return values;
    }

    private int count(Connection c, long folderId, Anchor of) throws SQLException {
        String equal = of.value() == null ? " IS NULL" : " = ?";
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM items USE INDEX ("
                + ItemReader.indexFor(sort) + ") WHERE folder_id = ? AND offline_state <> 'LOCALLY_DELETED' AND "
                + column + equal)) {
            s.setLong(1, folderId);
            if (of.value() != null) {
                s.setObject(2, of.value());
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private boolean hasNullValues(Connection c, long folderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM items USE INDEX (" + ItemReader.indexFor(sort)
                + ") WHERE folder_id = ? AND offline_state <> 'LOCALLY_DELETED' AND " + column + " IS NULL LIMIT 1")) {
            s.setLong(1, folderId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** A value as anchors hold it: dates as instants, texts as strings, sizes as longs. */
    static Object value(Object jdbc) {
        return switch (jdbc) {
            case null -> null;
            case OffsetDateTime t -> t.toInstant();
            case Number n -> n.longValue();
            case Instant i -> i;
            default -> jdbc.toString();
        };
    }
}
