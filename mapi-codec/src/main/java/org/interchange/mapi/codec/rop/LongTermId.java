package org.interchange.mapi.codec.rop;

import java.util.Objects;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * A LongTermID, [MS-OXCDATA] 2.2.1.3.1: DatabaseGuid (the REPLGUID), the 6-byte GlobalCounter
 * (kept as the big-endian 48-bit number it is in ids) and a 2-byte Pad.
 */
public record LongTermId(UUID databaseGuid, long globalCounter, int pad) {
    public static final int SIZE = 24;

    public LongTermId {
        Objects.requireNonNull(databaseGuid, "databaseGuid");
        if (globalCounter < 0 || globalCounter > 0xFFFF_FFFF_FFFFL) {
            throw new MapiCodecException("GlobalCounter " + globalCounter + " does not fit 6 bytes");
        }
    }

    static LongTermId decode(ByteReader in) {
        UUID guid = in.guid();
        return new LongTermId(guid, readCounter(in), in.u16());
    }

    void encode(ByteWriter out) {
        out.guid(databaseGuid);
        writeCounter(out, globalCounter);
        out.u16(RopWire.u16(pad, "Pad"));
    }

    /** A 6-byte GlobalCounter, most significant byte first. */
    static long readCounter(ByteReader in) {
        in.require(6, "GlobalCounter");
        long counter = 0;
        for (int i = 0; i < 6; i++) {
            counter = counter << 8 | in.u8();
        }
        return counter;
    }

    static void writeCounter(ByteWriter out, long counter) {
        if (counter < 0 || counter > 0xFFFF_FFFF_FFFFL) {
            throw new MapiCodecException("GlobalCounter " + counter + " does not fit 6 bytes");
        }
        for (int shift = 40; shift >= 0; shift -= 8) {
            out.u8((int) (counter >>> shift));
        }
    }
}
