package org.interchange.mapi.codec.ids;

import java.util.Objects;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/** A LongTermID, [MS-OXCDATA] 2.2.1.3.1: a GID (DatabaseGuid, GlobalCounter) then a 2-byte Pad, 24 bytes. */
public record LongTermId(UUID databaseGuid, long globalCounter, int pad) {
    public static final int SIZE = 24;

    public LongTermId {
        Objects.requireNonNull(databaseGuid, "databaseGuid");
        GlobalCounter.check(globalCounter);
        if (pad < 0 || pad > 0xFFFF) {
            throw new MapiCodecException("LongTermID Pad " + pad + " does not fit 2 bytes");
        }
    }

    public static LongTermId of(GlobalId gid) {
        return new LongTermId(gid.databaseGuid(), gid.globalCounter(), 0);
    }

    public GlobalId gid() {
        return new GlobalId(databaseGuid, globalCounter);
    }

    public static LongTermId decode(ByteReader in) {
        in.require(SIZE, "LongTermID");
        return new LongTermId(in.guid(), GlobalCounter.read(in), in.u16());
    }

    public void encode(ByteWriter out) {
        out.guid(databaseGuid);
        GlobalCounter.write(out, globalCounter);
        out.u16(pad);
    }
}
