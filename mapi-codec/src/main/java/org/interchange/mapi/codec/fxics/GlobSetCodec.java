package org.interchange.mapi.codec.fxics;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * Reads and writes the serialized GLOBSET, [MS-OXCFXICS] 2.2.2.6 (commands) and 3.1.5.4.3
 * (encoding and decoding). Commands: Push 0x01..0x06 followed by that many common high-order
 * bytes (a push that completes 6 bytes is one GLOBCNT and is popped at once), Pop 0x50, Bitmask
 * 0x42 (StartingValue, Bitmask; needs 5 bytes on the stack), Range 0x52 (low and high of
 * 6 - stack bytes each) and End 0x00.
 */
public final class GlobSetCodec {
    static final int END = 0x00;
    static final int BITMASK = 0x42;
    static final int POP = 0x50;
    static final int RANGE = 0x52;

    private GlobSetCodec() {
    }

    /** Reads commands up to and including End. */
    public static GlobSet decode(ByteReader in) {
        GlobSet.Builder set = GlobSet.builder();
        long prefix = 0;
        int depth = 0;
        int[] pushes = new int[GlobCnt.SIZE];
        int pushCount = 0;
        while (true) {
            if (!in.hasRemaining()) {
                throw new MapiCodecException("GLOBSET ends at offset " + in.position() + " without an End command");
            }
            int at = in.position();
            int command = in.u8();
            if (command == END) {
                return set.build();
            } else if (command >= 1 && command <= GlobCnt.SIZE) {
                if (depth + command > GlobCnt.SIZE) {
                    throw new MapiCodecException("GLOBSET Push of " + command + " bytes at offset " + at
                            + " goes past 6 bytes (" + depth + " already on the stack)");
                }
                long bytes = readBigEndian(in, command, "GLOBSET Push");
                long value = prefix | bytes << 8 * (GlobCnt.SIZE - depth - command);
                if (depth + command == GlobCnt.SIZE) {
                    set.add(value);
                } else {
                    prefix = value;
                    depth += command;
                    pushes[pushCount++] = command;
                }
            } else if (command == POP) {
                if (pushCount == 0) {
                    throw new MapiCodecException("GLOBSET Pop at offset " + at + " with an empty stack");
                }
                depth -= pushes[--pushCount];
                prefix &= ~lowBitsMask(GlobCnt.SIZE - depth);
            } else if (command == BITMASK) {
                if (depth != GlobCnt.SIZE - 1) {
                    throw new MapiCodecException("GLOBSET Bitmask at offset " + at + " needs 5 bytes on the stack, has "
                            + depth);
                }
                in.require(2, "GLOBSET Bitmask");
                int start = in.u8();
                int mask = in.u8();
                set.add(prefix | start);
                for (int bit = 0; bit < 8; bit++) {
                    if ((mask & 1 << bit) != 0) {
                        int low = start + bit + 1;
                        if (low > 0xFF) {
                            throw new MapiCodecException("GLOBSET Bitmask at offset " + at + " runs past the byte: start 0x"
                                    + Integer.toHexString(start) + " bit " + bit);
                        }
                        set.add(prefix | low);
                    }
                }
            } else if (command == RANGE) {
                int size = GlobCnt.SIZE - depth;
                long low = prefix | readBigEndian(in, size, "GLOBSET Range low");
                long high = prefix | readBigEndian(in, size, "GLOBSET Range high");
                if (low > high) {
                    throw new MapiCodecException("GLOBSET Range at offset " + at + " has low 0x" + Long.toHexString(low)
                            + " above high 0x" + Long.toHexString(high));
                }
                set.addRange(low, high);
            } else {
                throw new MapiCodecException("unknown GLOBSET command 0x" + Integer.toHexString(command)
                        + " at offset " + at);
            }
        }
    }

    /** Writes the commands for {@code set}, ending with End. */
    public static void encode(GlobSet set, ByteWriter out) {
        if (!set.isEmpty()) {
            writeSet(out, set, 0, set.rangeCount(), 0);
        }
        out.u8(END);
    }

    /** The serialized GLOBSET of {@code set}. */
    public static byte[] encode(GlobSet set) {
        ByteWriter out = new ByteWriter();
        encode(set, out);
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
            pushed.u8(POP);
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
            out.u8(POP);
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
                out.u8(BITMASK).u8(current).u8(mask);
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
        out.u8(RANGE);
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

    private static long readBigEndian(ByteReader in, int count, String what) {
        in.require(count, what);
        long v = 0;
        for (int i = 0; i < count; i++) {
            v = v << 8 | in.u8();
        }
        return v;
    }

    private static long lowBitsMask(int bytes) {
        return bytes >= 8 ? -1L : (1L << 8 * bytes) - 1;
    }
}
