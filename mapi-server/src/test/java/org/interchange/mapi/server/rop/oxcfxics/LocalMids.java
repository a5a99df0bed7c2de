package org.interchange.mapi.server.rop.oxcfxics;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.fxics.GlobCntRange;
import org.interchange.mapi.codec.fxics.IdSet;
import org.interchange.mapi.codec.fxics.MessageChange;
import org.interchange.mapi.codec.fxics.ReplicaGuid;
import org.interchange.mapi.codec.fxics.ReplicaId;
import org.interchange.mapi.codec.fxics.StreamProperty;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.ExchangeIds;

/** The local replica's MIDs that an ICS download names ([MS-OXCFXICS] 2.2.2.4 IDSETs, message headers), for tests. */
final class LocalMids {
    private LocalMids() {
    }

    /** The MIDs of {@code set}, in the REPLGUID form, under the mailbox's replica {@code guid}. */
    static List<Long> of(IdSet<ReplicaGuid> set, ReplicaGuid guid) {
        return mids(set.ranges(guid));
    }

    /** The MIDs of {@code set}, in the REPLID form, under the local replica id. */
    static List<Long> of(IdSet<ReplicaId> set) {
        return mids(set.ranges(new ReplicaId(ExchangeIds.LOCAL_REPLICA_ID)));
    }

    /** The MID in the header of a downloaded message change ([MS-OXCFXICS] 2.2.4.3.13). */
    static long of(MessageChange change) {
        return change.header().stream().filter(p -> p.tag().id() == PidTag.MID.id()).map(StreamProperty::value)
                .map(v -> (Long) v.value()).findFirst().orElseThrow();
    }

    private static List<Long> mids(List<GlobCntRange> ranges) {
        List<Long> out = new ArrayList<>();
        for (GlobCntRange r : ranges) {
            for (long counter = r.low(); counter <= r.high(); counter++) {
                out.add(ExchangeIds.make(ExchangeIds.LOCAL_REPLICA_ID, counter));
            }
        }
        return out;
    }
}
