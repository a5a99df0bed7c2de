package org.interchange.mapi.codec.fxics;

import org.interchange.mapi.codec.io.ByteWriter;

/**
 * The GLOBSET encoder as first written ([MS-OXCFXICS] 2.2.2.6, 3.1.5.4.3.1): plain and slow, a fresh
 * writer for every alternative it tries. Tests hold {@link GlobSetWriter} to the same bytes.
 */
final class ReferenceGlobSetEncoder {
    private ReferenceGlobSetEncoder() {
    }

    /** The serialized GLOBSET of {@code set}. */
    static byte[] encode(GlobSet set) {
        ByteWriter out = new ByteWriter();
        if (!set.isEmpty()) {
            writeSet(out, set, 0, set.rangeCount(), 0);
        }
        out.u8(GlobSetCodec.END);
        return out.toByteArray();
    }

    /** The serialized IDSET of {@code set}: each replica, then its GLOBSET. */
    static <R extends Replica> byte[] encode(IdSet<R> set) {
        ByteWriter out = new ByteWriter();
        for (R replica : set.replicas()) {
            replica.write(out);
            out.bytes(encode(set.globSet(replica)));
        }
        return out.toByteArray();
    }

    /** Ranges {@code from..to-1}, which share their first {@code depth} bytes (on the stack). */
    private static void writeSet(ByteWriter out, GlobSet set, int from, int to, int depth) {
        if (to - from == 1) {
            writeSingle(out, set.low(from), set.high(from), depth);
            return;
        }
        int common = commonPrefix(set.low(from), set.high(to - 1));
        if (common > depth) {
            ByteWriter pushed = new ByteWriter();
            writePush(pushed, set.low(from), depth, common);
            writeSet(pushed, set, from, to, common);
            pushed.u8(GlobSetCodec.POP);
            ByteWriter each = new ByteWriter();
            for (int i = from; i < to; i++) {
                writeSingle(each, set.low(i), set.high(i), depth);
            }
            out.bytes((pushed.size() <= each.size() ? pushed : each).toByteArray());
        } else if (depth == GlobCnt.SIZE - 1) {
            writeLastBytes(out, set, from, to);
        } else {
            int i = from;
            while (i < to) {
                int b = byteAt(set.low(i), depth);
                int j = i + 1;
                if (byteAt(set.high(i), depth) == b) {
                    while (j < to && byteAt(set.low(j), depth) == b && byteAt(set.high(j), depth) == b) {
                        j++;
                    }
                }
                writeSet(out, set, i, j, depth);
                i = j;
            }
        }
    }

    /** One range at {@code depth}: a full Push for one value, else a Range behind a Push that pays. */
    private static void writeSingle(ByteWriter out, long low, long high, int depth) {
        if (low == high) {
            writePush(out, low, depth, GlobCnt.SIZE);
            return;
        }
        int common = commonPrefix(low, high);
        if (common - depth >= 2) {
            writePush(out, low, depth, common);
            writeRange(out, low, high, common);
            out.u8(GlobSetCodec.POP);
        } else {
            writeRange(out, low, high, depth);
        }
    }

    /**
     * Ranges sharing 5 bytes: a Bitmask (3 bytes, up to 9 values from its start) replaces the
     * Push/Range commands of the items it covers whenever that is shorter.
     */
    private static void writeLastBytes(ByteWriter out, GlobSet set, int from, int to) {
        long prefix = set.low(from) & ~0xFFL;
        int index = from;
        int current = byteAt(set.low(from), 5);
        while (index < to) {
            int high = byteAt(set.high(index), 5);
            int windowEnd = current + 8;
            int last = index;
            int costWithout = cost(current, high);
            while (last + 1 < to && byteAt(set.low(last + 1), 5) <= windowEnd) {
                last++;
                costWithout += cost(byteAt(set.low(last), 5), byteAt(set.high(last), 5));
            }
            int lastHigh = byteAt(set.high(last), 5);
            int remainder = lastHigh > windowEnd ? cost(windowEnd + 1, lastHigh) : 0;
            if (last > index && 3 + remainder < costWithout) {
                int mask = 0;
                for (int i = index; i <= last; i++) {
                    int lo = Math.max(i == index ? current : byteAt(set.low(i), 5), current + 1);
                    int hi = Math.min(byteAt(set.high(i), 5), windowEnd);
                    for (int v = lo; v <= hi; v++) {
                        mask |= 1 << (v - current - 1);
                    }
                }
                out.u8(GlobSetCodec.BITMASK).u8(current).u8(mask);
                if (lastHigh > windowEnd) {
                    index = last;
                    current = windowEnd + 1;
                } else {
                    index = last + 1;
                    current = index < to ? byteAt(set.low(index), 5) : 0;
                }
            } else {
                writeSingle(out, prefix | current, prefix | high, 5);
                index++;
                current = index < to ? byteAt(set.low(index), 5) : 0;
            }
        }
    }

    private static int cost(int low, int high) {
        return low == high ? 2 : 3;
    }

    private static void writePush(ByteWriter out, long value, int from, int to) {
        out.u8(to - from);
        for (int i = from; i < to; i++) {
            out.u8(byteAt(value, i));
        }
    }

    private static void writeRange(ByteWriter out, long low, long high, int depth) {
        out.u8(GlobSetCodec.RANGE);
        for (int i = depth; i < GlobCnt.SIZE; i++) {
            out.u8(byteAt(low, i));
        }
        for (int i = depth; i < GlobCnt.SIZE; i++) {
            out.u8(byteAt(high, i));
        }
    }

    /** Byte {@code index} (0 = most significant) of a GLOBCNT. */
    private static int byteAt(long value, int index) {
        return (int) (value >>> 8 * (GlobCnt.SIZE - 1 - index)) & 0xFF;
    }

    private static int commonPrefix(long a, long b) {
        int n = 0;
        while (n < GlobCnt.SIZE && byteAt(a, n) == byteAt(b, n)) {
            n++;
        }
        return n;
    }
}
