package org.interchange.mapi.codec.fxics;

import org.interchange.mapi.codec.io.ByteWriter;

/** REPLID, the 16-bit replica id of Folder IDs, Message IDs and CNs, [MS-OXCDATA] 2.2.1.1. */
public record ReplicaId(int value) implements Replica {

    public ReplicaId {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("REPLID " + value + " does not fit 16 bits");
        }
    }

    /** The replica id of a 64-bit Folder ID, Message ID or CN read little-endian from the wire. */
    public static ReplicaId ofId(long id) {
        return new ReplicaId((int) (id & 0xFFFF));
    }

    @Override
    public void write(ByteWriter out) {
        out.u16(value);
    }

    @Override
    public String toString() {
        return String.format("REPLID 0x%04X", value);
    }
}
