package org.interchange.mapi.codec.fxics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * GLOBSET, [MS-OXCFXICS] 2.2.2.6: an immutable set of GLOBCNT values, kept as sorted ranges that
 * neither overlap nor touch. Build one with {@link #builder()}; {@link GlobSetCodec} reads and
 * writes its serialized command form.
 */
public final class GlobSet {
    private static final GlobSet EMPTY = new GlobSet(new long[0], new long[0]);

    private final long[] lows;
    private final long[] highs;

    private GlobSet(long[] lows, long[] highs) {
        this.lows = lows;
        this.highs = highs;
    }

    public static GlobSet empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A set of the given ranges, which may overlap or come in any order. */
    public static GlobSet of(List<GlobCntRange> ranges) {
        Builder b = builder();
        ranges.forEach(r -> b.addRange(r.low(), r.high()));
        return b.build();
    }

    public boolean isEmpty() {
        return lows.length == 0;
    }

    /** The number of ranges after merging. */
    public int rangeCount() {
        return lows.length;
    }

    /** The number of values. */
    public long count() {
        long n = 0;
        for (int i = 0; i < lows.length; i++) {
            n += highs[i] - lows[i] + 1;
        }
        return n;
    }

    public boolean contains(long value) {
        int i = Arrays.binarySearch(lows, value);
        if (i >= 0) {
            return true;
        }
        int before = -i - 2;
        return before >= 0 && highs[before] >= value;
    }

    /** The ranges in ascending order. */
    public List<GlobCntRange> ranges() {
        List<GlobCntRange> out = new ArrayList<>(lows.length);
        for (int i = 0; i < lows.length; i++) {
            out.add(new GlobCntRange(lows[i], highs[i]));
        }
        return List.copyOf(out);
    }

    long low(int index) {
        return lows[index];
    }

    long high(int index) {
        return highs[index];
    }

    /** The lows of the ranges, ascending; the caller must not change the array. */
    long[] lows() {
        return lows;
    }

    /** The highs of the ranges, ascending; the caller must not change the array. */
    long[] highs() {
        return highs;
    }

    /** The values of both sets, merged in one pass over their ranges. */
    public GlobSet union(GlobSet other) {
        if (other.isEmpty() || equals(other)) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        Merged merged = new Merged(lows.length + other.lows.length);
        int i = 0;
        int j = 0;
        while (i < lows.length || j < other.lows.length) {
            if (j == other.lows.length || i < lows.length && lows[i] <= other.lows[j]) {
                merged.add(lows[i], highs[i++]);
            } else {
                merged.add(other.lows[j], other.highs[j++]);
            }
        }
        return merged.set();
    }

    /** Ranges given in ascending order of their lows, merged where they touch or overlap. */
    private static final class Merged {
        private final long[] lows;
        private final long[] highs;
        private int size;

        Merged(int capacity) {
            lows = new long[capacity];
            highs = new long[capacity];
        }

        void add(long low, long high) {
            if (size > 0 && highs[size - 1] + 1 >= low) {
                highs[size - 1] = Math.max(highs[size - 1], high);
            } else {
                lows[size] = low;
                highs[size] = high;
                size++;
            }
        }

        GlobSet set() {
            return size == lows.length ? new GlobSet(lows, highs)
                    : new GlobSet(Arrays.copyOf(lows, size), Arrays.copyOf(highs, size));
        }
    }

    /** The values of this set that are not in {@code other}. */
    public GlobSet difference(GlobSet other) {
        if (isEmpty() || other.isEmpty()) {
            return this;
        }
        Builder b = new Builder(lows.length + other.lows.length);
        int j = 0;
        for (int i = 0; i < lows.length; i++) {
            long current = lows[i];
            long high = highs[i];
            while (j < other.lows.length && other.highs[j] < current) {
                j++;
            }
            for (int k = j; k < other.lows.length && other.lows[k] <= high; k++) {
                if (other.lows[k] > current) {
                    b.addRange(current, other.lows[k] - 1);
                }
                current = Math.max(current, other.highs[k] + 1);
            }
            if (current <= high) {
                b.addRange(current, high);
            }
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlobSet other && Arrays.equals(lows, other.lows) && Arrays.equals(highs, other.highs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(lows) * 31 + Arrays.hashCode(highs);
    }

    @Override
    public String toString() {
        return ranges().toString();
    }

    /** Collects GLOBCNT values and ranges (2.2.2.6) in any order; {@link #build()} sorts and merges them. */
    public static final class Builder {
        private long[] lows;
        private long[] highs;
        private int size;

        private Builder() {
            this(8);
        }

        private Builder(int capacity) {
            lows = new long[Math.max(1, capacity)];
            highs = new long[lows.length];
        }

        public Builder add(long value) {
            return addRange(value, value);
        }

        /** Adds {@code low..high}, both included; fails when low is above high or out of 48 bits. */
        public Builder addRange(long low, long high) {
            GlobCntRange.check(low, high);
            if (size > 0 && highs[size - 1] + 1 >= low && lows[size - 1] <= low) {
                highs[size - 1] = Math.max(highs[size - 1], high);
                return this;
            }
            if (size == lows.length) {
                lows = Arrays.copyOf(lows, size * 2);
                highs = Arrays.copyOf(highs, size * 2);
            }
            lows[size] = low;
            highs[size] = high;
            size++;
            return this;
        }

        public Builder addAll(GlobSet set) {
            for (int i = 0; i < set.lows.length; i++) {
                addRange(set.lows[i], set.highs[i]);
            }
            return this;
        }

        /**
         * Sorts and merges the collected ranges. Ranges added in ascending order of their lows are merged
         * as they are; otherwise the lows and the highs are sorted each on their own, which keeps the union
         * of the ranges (every value is covered by as many ranges as before), and merged the same way.
         */
        public GlobSet build() {
            if (size == 0) {
                return EMPTY;
            }
            long[] inLows = lows;
            long[] inHighs = highs;
            if (!ascending()) {
                inLows = Arrays.copyOf(lows, size);
                inHighs = Arrays.copyOf(highs, size);
                Arrays.sort(inLows);
                Arrays.sort(inHighs);
            }
            Merged merged = new Merged(size);
            for (int i = 0; i < size; i++) {
                merged.add(inLows[i], inHighs[i]);
            }
            return merged.set();
        }

        private boolean ascending() {
            for (int i = 1; i < size; i++) {
                if (lows[i - 1] > lows[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
