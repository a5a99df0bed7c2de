package org.interchange.mapi.codec.fxics;

import java.util.Objects;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteWriter;

/** REPLGUID, the GUID naming a replica in REPLGUID-based IDSETs, [MS-OXCFXICS] 2.2.2.4.2. */
public record ReplicaGuid(UUID value) implements Replica {

    public ReplicaGuid {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public void write(ByteWriter out) {
        out.guid(value);
    }

    /** The 16 wire bytes ([MS-DTYP] 2.3.4.2 order), which set the serialization order. */
    byte[] wireBytes() {
        ByteWriter out = new ByteWriter(16);
        out.guid(value);
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "REPLGUID " + value;
    }
}
