package org.interchange.mapi.codec.ids;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * A Message ID, [MS-OXCDATA] 2.2.1.2: a 2-byte ReplicaId then a 6-byte GlobalCounter. ROPs carry it
 * as 8 bytes that {@link #fromLong}/{@link #toLong} map to the little-endian 64-bit number.
 */
public record MessageId(int replicaId, long globalCounter) {
    public static final int SIZE = 8;

    public MessageId {
        if (replicaId < 0 || replicaId > 0xFFFF) {
            throw new MapiCodecException("ReplicaId " + replicaId + " does not fit 2 bytes");
        }
        GlobalCounter.check(globalCounter);
    }

    public static MessageId fromLong(long id) {
        return new MessageId((int) (id & 0xFFFF), GlobalCounter.ofId(id));
    }

    public long toLong() {
        return GlobalCounter.toId(replicaId, globalCounter);
    }

    public static MessageId decode(ByteReader in) {
        return fromLong(in.i64());
    }

    public void encode(ByteWriter out) {
        out.i64(toLong());
    }
}
