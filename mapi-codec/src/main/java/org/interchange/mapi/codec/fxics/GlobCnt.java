package org.interchange.mapi.codec.fxics;

import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * GLOBCNT, [MS-OXCFXICS] 2.2.2.5: a 48-bit counter, held here as a {@code long} in
 * 0..{@link #MAX}. On the wire it is 6 bytes, most significant first, so that sets of counters
 * share high-order prefixes; inside a Folder ID, Message ID or CN ([MS-OXCDATA] 2.2.1.1,
 * [MS-OXCFXICS] 2.2.2.1) it follows the 2-byte replica id.
 */
public final class GlobCnt {
    /** The largest GLOBCNT, 2^48 - 1. */
    public static final long MAX = (1L << 48) - 1;
    /** Bytes of a GLOBCNT on the wire. */
    public static final int SIZE = 6;

    private GlobCnt() {
    }

    /** Fails unless {@code value} fits 48 bits. */
    public static long check(long value) {
        if (value < 0 || value > MAX) {
            throw new MapiCodecException("GLOBCNT 0x" + Long.toHexString(value) + " does not fit 48 bits");
        }
        return value;
    }

    /** The counter of a 64-bit Folder ID, Message ID or CN as read little-endian from the wire. */
    public static long ofId(long id) {
        long counter = 0;
        for (int i = 2; i < 8; i++) {
            counter = counter << 8 | (id >>> (8 * i)) & 0xFF;
        }
        return counter;
    }

    /** The 64-bit id (little-endian reading of REPLID then GLOBCNT) of a replica and counter. */
    public static long toId(ReplicaId replica, long counter) {
        check(counter);
        long id = replica.value();
        for (int i = 0; i < SIZE; i++) {
            long b = counter >>> (8 * (SIZE - 1 - i)) & 0xFF;
            id |= b << (8 * (i + 2));
        }
        return id;
    }

    /** The 6 wire bytes of a counter, most significant first. */
    public static byte[] toBytes(long counter) {
        check(counter);
        byte[] out = new byte[SIZE];
        for (int i = 0; i < SIZE; i++) {
            out[i] = (byte) (counter >>> (8 * (SIZE - 1 - i)));
        }
        return out;
    }

    /** The counter of 6 wire bytes at {@code offset}, most significant first. */
    public static long fromBytes(byte[] bytes, int offset) {
        long counter = 0;
        for (int i = 0; i < SIZE; i++) {
            counter = counter << 8 | bytes[offset + i] & 0xFF;
        }
        return counter;
    }
}
