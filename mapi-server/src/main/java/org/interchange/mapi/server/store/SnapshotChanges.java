package org.interchange.mapi.server.store;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * {@link ContentsChanges} picked out of a whole-folder snapshot and the folder's tombstones ([MS-OXCFXICS] 3.2.5.2.1):
 * what a store without an index on its change numbers answers, reading every message of the folder.
 */
final class SnapshotChanges {
    private SnapshotChanges() {
    }

    /** The changes after {@code changesAfter} and read-state changes after {@code readChangesAfter}, as the store's. */
    static ContentsChanges of(SyncSnapshot<MessageSummary> snapshot, List<Tombstone> tombstones,
            long changesAfter, long readChangesAfter) {
        long last = snapshot.lastCounter();
        return new ContentsChanges(
                between(snapshot.items(), m -> ExchangeIds.globalCounter(m.changeNumber()), changesAfter, last),
                between(snapshot.items(), m -> m.readChangeNumber() == 0 ? 0
                        : ExchangeIds.globalCounter(m.readChangeNumber()), readChangesAfter, last),
                between(tombstones.stream().filter(t -> !t.folder()).toList(),
                        t -> ExchangeIds.globalCounter(t.changeNumber()), changesAfter, last), last);
    }

    private static <T> List<T> between(List<T> items, ToLongFunction<T> counter, long after, long last) {
        return items.stream().filter(i -> counter.applyAsLong(i) > after && counter.applyAsLong(i) <= last)
                .sorted(Comparator.comparingLong(counter)).toList();
    }
}
