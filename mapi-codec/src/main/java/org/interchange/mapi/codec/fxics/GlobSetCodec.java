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

    /** Writes the commands for {@code set}, ending with End ({@link GlobSetWriter}). */
    public static void encode(GlobSet set, ByteWriter out) {
        GlobSetWriter writer = new GlobSetWriter(GlobSetWriter.estimate(set.rangeCount()));
        writer.globSet(set);
        out.bytes(writer.array(), 0, writer.size());
    }

    /** The serialized GLOBSET of {@code set}. */
    public static byte[] encode(GlobSet set) {
        GlobSetWriter writer = new GlobSetWriter(GlobSetWriter.estimate(set.rangeCount()));
        writer.globSet(set);
        return writer.toByteArray();
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
