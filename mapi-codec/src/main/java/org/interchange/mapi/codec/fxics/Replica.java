package org.interchange.mapi.codec.fxics;

import java.util.Arrays;
import java.util.Comparator;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * The replica part of an IDSET entry, [MS-OXCFXICS] 2.2.2.4: a {@link ReplicaId} (REPLID form,
 * 2.2.2.4.1) or a {@link ReplicaGuid} (REPLGUID form, 2.2.2.4.2).
 */
public sealed interface Replica permits ReplicaId, ReplicaGuid {

    /**
     * Serialization order: REPLIDs ascending, REPLGUIDs by byte-to-byte comparison of their wire
     * bytes (2.2.2.4.2); a REPLID sorts before any REPLGUID.
     */
    Comparator<Replica> ORDER = (a, b) -> switch (a) {
        case ReplicaId x -> b instanceof ReplicaId y ? Integer.compare(x.value(), y.value()) : -1;
        case ReplicaGuid x -> b instanceof ReplicaGuid y
                ? Arrays.compareUnsigned(x.wireBytes(), y.wireBytes()) : 1;
    };

    /** Writes the replica as it precedes its GLOBSET in a serialized IDSET. */
    void write(ByteWriter out);
}
