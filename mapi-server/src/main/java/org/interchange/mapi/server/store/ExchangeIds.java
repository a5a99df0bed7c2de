package org.interchange.mapi.server.store;

/**
 * Folder and message ids as 64-bit values, [MS-OXCDATA] 2.2.1.1 and 2.2.1.2: a 2-byte ReplId
 * followed by a 6-byte GlobCnt in big-endian order. The long is the 8 wire bytes read
 * little-endian, so writing it little-endian reproduces the wire layout.
 */
public final class ExchangeIds {
    /** The ReplId of a mailbox's own replica, [MS-OXCDATA] 2.2.1.1. */
    public static final int LOCAL_REPLICA_ID = 0x0001;
    /** The largest value a 48-bit global counter can hold. */
    public static final long MAX_GLOBAL_COUNTER = 0xFFFF_FFFF_FFFFL;

    private ExchangeIds() {
    }

    /** The id made of {@code replicaId} and {@code globalCounter}. */
    public static long make(int replicaId, long globalCounter) {
        if (globalCounter < 0 || globalCounter > MAX_GLOBAL_COUNTER) {
            throw new IllegalArgumentException("global counter out of 48-bit range: " + globalCounter);
        }
        return (replicaId & 0xFFFFL) | reverse48(globalCounter) << 16;
    }

    public static int replicaId(long id) {
        return (int) (id & 0xFFFF);
    }

    public static long globalCounter(long id) {
        return reverse48(id >>> 16);
    }

    /** The 6 GlobCnt bytes in wire order (big-endian), as used in source keys and change keys. */
    public static byte[] globalCounterBytes(long globalCounter) {
        byte[] out = new byte[6];
        for (int i = 0; i < 6; i++) {
            out[i] = (byte) (globalCounter >>> (8 * (5 - i)));
        }
        return out;
    }

    private static long reverse48(long v) {
        long out = 0;
        for (int i = 0; i < 6; i++) {
            out = out << 8 | (v >>> (8 * i) & 0xFF);
        }
        return out;
    }
}
