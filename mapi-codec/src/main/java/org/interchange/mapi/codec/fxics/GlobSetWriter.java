package org.interchange.mapi.codec.fxics;

import java.util.Arrays;

/**
 * Writes serialized GLOBSETs and IDSETs, [MS-OXCFXICS] 2.2.2.6 and 3.1.5.4.3.1, into one growing byte
 * array for the whole set. Ranges that share high-order bytes go behind a Push when that is shorter
 * than writing each on its own; the shorter form is found by writing the pushed form, then counting
 * the other one without writing it and rewinding when it wins. Within 5 shared bytes a Bitmask
 * replaces the commands of the values it covers when that is shorter.
 */
final class GlobSetWriter {
    private static final int LAST = GlobCnt.SIZE - 1;

    private byte[] buf;
    private int pos;
    private long[] lows;
    private long[] highs;

    GlobSetWriter(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    /** A capacity that usually holds a set of {@code ranges} ranges without growing. */
    static int estimate(int ranges) {
        return 16 + 4 * ranges;
    }

    /** The replica ahead of its GLOBSET in an IDSET (2.2.2.4.1: REPLID, 2.2.2.4.2: REPLGUID). */
    void replica(Replica replica) {
        switch (replica) {
            case ReplicaId id -> {
                ensure(2);
                buf[pos++] = (byte) id.value();
                buf[pos++] = (byte) (id.value() >>> 8);
            }
            case ReplicaGuid guid -> {
                ensure(16);
                System.arraycopy(guid.wireBytes(), 0, buf, pos, 16);
                pos += 16;
            }
        }
    }

    /** The commands of {@code set}, ending with End. */
    void globSet(GlobSet set) {
        lows = set.lows();
        highs = set.highs();
        if (lows.length == 1) {
            writeSingle(lows[0], highs[0], 0);
        } else if (lows.length > 1) {
            writeSet(0, lows.length, 0);
        }
        ensure(1);
        buf[pos++] = GlobSetCodec.END;
    }

    int size() {
        return pos;
    }

    byte[] array() {
        return buf;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    /** Ranges {@code from..to-1} (two or more), which share their first {@code depth} bytes (on the stack). */
    private void writeSet(int from, int to, int depth) {
        int common = commonPrefix(lows[from], highs[to - 1]);
        if (common > depth) {
            int start = pos;
            writePush(lows[from], depth, common);
            writeSet(from, to, common);
            ensure(1);
            buf[pos++] = GlobSetCodec.POP;
            if (eachIsShorter(from, to, depth, pos - start)) {
                pos = start;
                for (int i = from; i < to; i++) {
                    writeSingle(lows[i], highs[i], depth);
                }
            }
        } else if (depth == LAST) {
            writeLastBytes(from, to);
        } else {
            int i = from;
            while (i < to) {
                int b = byteAt(lows[i], depth);
                int j = i + 1;
                if (byteAt(highs[i], depth) == b) {
                    while (j < to && byteAt(lows[j], depth) == b && byteAt(highs[j], depth) == b) {
                        j++;
                    }
                }
                if (j - i == 1) {
                    writeSingle(lows[i], highs[i], depth);
                } else {
                    writeSet(i, j, depth);
                }
                i = j;
            }
        }
    }

    /** Whether writing ranges {@code from..to-1} one by one at {@code depth} takes fewer than {@code pushed} bytes. */
    private boolean eachIsShorter(int from, int to, int depth, int pushed) {
        int each = 0;
        for (int i = from; i < to; i++) {
            each += singleSize(lows[i], highs[i], depth);
            if (each >= pushed) {
                return false;
            }
        }
        return true;
    }

    /** Bytes {@link #writeSingle} writes. */
    private static int singleSize(long low, long high, int depth) {
        if (low == high) {
            return 1 + GlobCnt.SIZE - depth;
        }
        int common = commonPrefix(low, high);
        return common - depth >= 2 ? 3 + common - depth + 2 * (GlobCnt.SIZE - common) : 1 + 2 * (GlobCnt.SIZE - depth);
    }

    /** One range at {@code depth}: a full Push for one value, else a Range behind a Push that pays. */
    private void writeSingle(long low, long high, int depth) {
        if (low == high) {
            writePush(low, depth, GlobCnt.SIZE);
            return;
        }
        int common = commonPrefix(low, high);
        if (common - depth >= 2) {
            writePush(low, depth, common);
            writeRange(low, high, common);
            ensure(1);
            buf[pos++] = GlobSetCodec.POP;
        } else {
            writeRange(low, high, depth);
        }
    }

    /**
     * Ranges sharing 5 bytes: a Bitmask (3 bytes, up to 9 values from its start) replaces the
     * Push/Range commands of the items it covers whenever that is shorter.
     */
    private void writeLastBytes(int from, int to) {
        long prefix = lows[from] & ~0xFFL;
        int index = from;
        int current = (int) lows[from] & 0xFF;
        while (index < to) {
            int high = (int) highs[index] & 0xFF;
            int windowEnd = current + 8;
            int last = index;
            int costWithout = cost(current, high);
            while (last + 1 < to && ((int) lows[last + 1] & 0xFF) <= windowEnd) {
                last++;
                costWithout += cost((int) lows[last] & 0xFF, (int) highs[last] & 0xFF);
            }
            int lastHigh = (int) highs[last] & 0xFF;
            int remainder = lastHigh > windowEnd ? cost(windowEnd + 1, lastHigh) : 0;
            if (last > index && 3 + remainder < costWithout) {
                int mask = 0;
                for (int i = index; i <= last; i++) {
                    int lo = Math.max(i == index ? current : (int) lows[i] & 0xFF, current + 1);
                    int hi = Math.min((int) highs[i] & 0xFF, windowEnd);
                    if (hi >= lo) {
                        mask |= (1 << (hi - current)) - (1 << (lo - current - 1));
                    }
                }
                ensure(3);
                buf[pos++] = GlobSetCodec.BITMASK;
                buf[pos++] = (byte) current;
                buf[pos++] = (byte) mask;
                if (lastHigh > windowEnd) {
                    index = last;
                    current = windowEnd + 1;
                } else {
                    index = last + 1;
                    current = index < to ? (int) lows[index] & 0xFF : 0;
                }
            } else {
                writeSingle(prefix | current, prefix | high, LAST);
                index++;
                current = index < to ? (int) lows[index] & 0xFF : 0;
            }
        }
    }

    private static int cost(int low, int high) {
        return low == high ? 2 : 3;
    }

    /** Push of bytes {@code from..to-1} of {@code value}. */
    private void writePush(long value, int from, int to) {
        ensure(1 + to - from);
        buf[pos++] = (byte) (to - from);
        for (int i = from; i < to; i++) {
            buf[pos++] = (byte) byteAt(value, i);
        }
    }

    /** Range of the low and high bytes from {@code depth} on. */
    private void writeRange(long low, long high, int depth) {
        ensure(1 + 2 * (GlobCnt.SIZE - depth));
        buf[pos++] = GlobSetCodec.RANGE;
        for (int i = depth; i < GlobCnt.SIZE; i++) {
            buf[pos++] = (byte) byteAt(low, i);
        }
        for (int i = depth; i < GlobCnt.SIZE; i++) {
            buf[pos++] = (byte) byteAt(high, i);
        }
    }

    private void ensure(int extra) {
        if (pos + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + extra));
        }
    }

    /** Byte {@code index} (0 = most significant) of a GLOBCNT. */
    private static int byteAt(long value, int index) {
        return (int) (value >>> 8 * (LAST - index)) & 0xFF;
    }

    /** The number of leading bytes two GLOBCNTs share. */
    private static int commonPrefix(long a, long b) {
        long diff = a ^ b;
        return diff == 0 ? GlobCnt.SIZE : (Long.numberOfLeadingZeros(diff) - 16) >>> 3;
    }
}
