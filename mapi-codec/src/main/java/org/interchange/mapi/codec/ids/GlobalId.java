package org.interchange.mapi.codec.ids;

import java.util.Objects;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** A GID, [MS-OXCDATA] 2.2.1.3: a DatabaseGuid (REPLGUID) and a 6-byte GlobalCounter, 22 bytes. */
public record GlobalId(UUID databaseGuid, long globalCounter) {
    public static final int SIZE = 22;

    public GlobalId {
        Objects.requireNonNull(databaseGuid, "databaseGuid");
        GlobalCounter.check(globalCounter);
    }

    public static GlobalId decode(ByteReader in) {
        in.require(SIZE, "GID");
        return new GlobalId(in.guid(), GlobalCounter.read(in));
    }

    public void encode(ByteWriter out) {
        out.guid(databaseGuid);
        GlobalCounter.write(out, globalCounter);
    }
}
