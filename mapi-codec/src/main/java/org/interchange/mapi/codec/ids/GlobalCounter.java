package org.interchange.mapi.codec.ids;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/** The 6-byte GlobalCounter of ids, [MS-OXCDATA] 2.2.1.1: a 48-bit number, most significant byte first. */
final class GlobalCounter {
    static final long MAX = (1L << 48) - 1;
    static final int SIZE = 6;

    private GlobalCounter() {
    }

    static long check(long counter) {
        if (counter < 0 || counter > MAX) {
            throw new MapiCodecException("GlobalCounter 0x" + Long.toHexString(counter) + " does not fit 6 bytes");
        }
        return counter;
    }

    static long read(ByteReader in) {
        in.require(SIZE, "GlobalCounter");
        long counter = 0;
        for (int i = 0; i < SIZE; i++) {
            counter = counter << 8 | in.u8();
        }
        return counter;
    }

    static void write(ByteWriter out, long counter) {
        check(counter);
        for (int shift = 40; shift >= 0; shift -= 8) {
            out.u8((int) (counter >>> shift));
        }
    }

    /** The counter of a 64-bit FID or MID as read little-endian (bytes 2..7 of the wire form). */
    static long ofId(long id) {
        long counter = 0;
        for (int i = 2; i < 8; i++) {
            counter = counter << 8 | (id >>> (8 * i)) & 0xFF;
        }
        return counter;
    }

    /** The 64-bit little-endian reading of a ReplicaId then a counter. */
    static long toId(int replicaId, long counter) {
        check(counter);
        long id = replicaId & 0xFFFFL;
        for (int i = 0; i < SIZE; i++) {
            long b = counter >>> (8 * (SIZE - 1 - i)) & 0xFF;
            id |= b << (8 * (i + 2));
        }
        return id;
    }
}
