package org.interchange.mapi.codec.rop;

import java.util.Objects;
import org.interchange.mapi.codec.ids.LongTermId;

/** A LongTermIdRange of RopSetLocalReplicaMidsetDeleted, [MS-OXCROPS] 2.2.13.12.1.1: MinLongTermId and MaxLongTermId. */
public record LongTermIdRange(LongTermId minLongTermId, LongTermId maxLongTermId) {
    static final int SIZE = 2 * LongTermId.SIZE;

    public LongTermIdRange {
        Objects.requireNonNull(minLongTermId, "minLongTermId");
        Objects.requireNonNull(maxLongTermId, "maxLongTermId");
    }
}
