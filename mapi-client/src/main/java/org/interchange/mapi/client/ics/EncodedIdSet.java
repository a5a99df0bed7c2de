package org.interchange.mapi.client.ics;

import org.interchange.mapi.codec.fxics.IdSet;
import org.interchange.mapi.codec.fxics.IdSetCodec;
import org.interchange.mapi.codec.fxics.ReplicaGuid;

/**
 * One REPLGUID-based IDSET of an ICS state ([MS-OXCFXICS] 2.2.1.1, 2.2.2.4.2) together with its serialized
 * bytes, made at most once: kept from the stored state it was read from, or encoded by {@link IdSetCodec} the
 * first time they are needed. A changed set is a new instance, so its bytes are never those of an older set.
 */
final class EncodedIdSet {
    static final EncodedIdSet EMPTY = new EncodedIdSet(IdSet.empty(), new byte[0]);

    private final IdSet<ReplicaGuid> set;
    private byte[] bytes;

    private EncodedIdSet(IdSet<ReplicaGuid> set, byte[] bytes) {
        this.set = set;
        this.bytes = bytes;
    }

    /** A set whose bytes are encoded when first asked for. */
    static EncodedIdSet of(IdSet<ReplicaGuid> set) {
        return set.isEmpty() ? EMPTY : new EncodedIdSet(set, null);
    }

    /**
     * Reads bytes that {@link IdSetCodec#encode(IdSet)} wrote (a state this library stored) and keeps them as the
     * set's bytes, since encoding the set again gives the same bytes.
     */
    static EncodedIdSet read(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new EncodedIdSet(IdSetCodec.decodeReplGuids(bytes), bytes);
    }

    IdSet<ReplicaGuid> set() {
        return set;
    }

    /** The serialized set; callers must not change the array. */
    byte[] bytes() {
        if (bytes == null) {
            bytes = IdSetCodec.encode(set);
        }
        return bytes;
    }

    /** This instance (and its bytes) when {@code next} holds the same ids, else one for {@code next}. */
    EncodedIdSet replacedBy(IdSet<ReplicaGuid> next) {
        return next.equals(set) ? this : of(next);
    }
}
