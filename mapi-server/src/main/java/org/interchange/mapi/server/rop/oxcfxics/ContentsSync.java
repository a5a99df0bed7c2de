package org.interchange.mapi.server.rop.oxcfxics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.interchange.mapi.codec.fxics.GlobCntRange;
import org.interchange.mapi.codec.fxics.GlobSet;
import org.interchange.mapi.codec.fxics.IdSet;
import org.interchange.mapi.codec.fxics.ProgressInformation;
import org.interchange.mapi.codec.fxics.ReplicaGuid;
import org.interchange.mapi.codec.fxics.ReplicaId;
import org.interchange.mapi.codec.fxics.SyncElement;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.server.rop.ObjectProperties;
import org.interchange.mapi.server.store.ContentsChanges;
import org.interchange.mapi.server.store.ExchangeIds;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageSummary;

/**
 * Plans a contentsSync download, [MS-OXCFXICS] 2.2.4.3.4 and 3.2.5.9.1: from the uploaded state it asks the store
 * only for what changed after it ({@link ContentsChanges}: messages numbered above the contiguous start of CnsetSeen
 * (CnsetSeenFAI), read-state changes above that of CnsetRead, tombstones of messages deleted or moved out above the
 * former), so an incremental download costs in proportion to the changes, not to the folder. Of those it picks the
 * messages whose change numbers the client has not seen, the ids it holds that are gone and the read-state changes
 * it has not seen; it yields the elements lazily ({@link MessageChanges} reads the changed messages a batch at a time
 * when the stream reaches them) and computes the final state from the uploaded one and the changes, without listing
 * the folder. With a restriction (2.2.3.2.1.1.1) only changed messages that satisfy it are sent, and every message
 * the client was given that is still in the folder and no longer satisfies it, changed or not ({@link OutOfScope}), is
 * reported as no longer in scope (2.2.1.3.2, 3.2.5.3) unless IgnoreNoLongerInScope or NoDeletions is set (3.2.5.9.1.1);
 * so a restriction on delivery time that moves forward each day takes the messages that aged out of the client's
 * scope and its IdsetGiven. Tombstones are never purged, so every deletion after any state the server handed out is
 * found among them.
 */
final class ContentsSync {
    private static final ReplicaId LOCAL = new ReplicaId(ExchangeIds.LOCAL_REPLICA_ID);

    private ContentsSync() {
    }

    static SyncPlan plan(MailboxStore store, Mailbox mailbox, long fid, SyncConfiguration config, IcsState state) {
        ReplicaGuid me = new ReplicaGuid(mailbox.replicaGuid());
        GlobSet seen = state.cnsetSeen().globSet(me);
        GlobSet seenFai = state.cnsetSeenFai().globSet(me);
        GlobSet read = state.cnsetRead().globSet(me);
        GlobSet given = state.idsetGiven().globSet(me);
        boolean normal = config.has(SyncConfiguration.NORMAL);
        boolean fai = config.has(SyncConfiguration.FAI);
        boolean readState = config.has(SyncConfiguration.READ_STATE);
        long changesAfter = Math.min(normal || !fai ? contiguousEnd(seen) : Long.MAX_VALUE,
                fai ? contiguousEnd(seenFai) : Long.MAX_VALUE);
        long readAfter = readState && normal ? contiguousEnd(read) : ExchangeIds.MAX_GLOBAL_COUNTER;
        ContentsChanges delta = store.contentsChanges(mailbox, fid, changesAfter, readAfter);

        List<MessageSummary> changes = new ArrayList<>();
        GlobSet.Builder sent = GlobSet.builder();
        GlobSet.Builder leftScope = GlobSet.builder();
        Optional<Restriction> restriction = config.restriction();
        boolean reportLeftScope = !config.has(SyncConfiguration.IGNORE_NO_LONGER_IN_SCOPE)
                && !config.has(SyncConfiguration.NO_DELETIONS);
        Set<Long> judged = new HashSet<>();
        for (MessageSummary m : delta.changed()) {
            long counter = ExchangeIds.globalCounter(m.mid());
            if ((m.associated() ? !fai : !normal)
                    || (m.associated() ? seenFai : seen).contains(ExchangeIds.globalCounter(m.changeNumber()))) {
                continue;
            }
            judged.add(m.mid());
            if (restriction.isPresent() && !matches(store, mailbox, m, restriction.get())) {
                if (given.contains(counter) && reportLeftScope) {
                    leftScope.add(counter);
                }
                continue;
            }
            sent.add(counter);
            changes.add(m);
        }
        if (restriction.isPresent() && reportLeftScope && !given.isEmpty()) {
            OutOfScope.find(store, mailbox, fid, restriction.get(), given, judged, normal, fai)
                    .forEach(leftScope::add);
        }
        IdSet.Builder<ReplicaId> readIds = IdSet.builder();
        IdSet.Builder<ReplicaId> unreadIds = IdSet.builder();
        for (MessageSummary m : delta.readChanged()) {
            long counter = ExchangeIds.globalCounter(m.mid());
            if (!m.associated() && given.contains(counter) && seen.contains(ExchangeIds.globalCounter(m.changeNumber()))
                    && !read.contains(ExchangeIds.globalCounter(m.readChangeNumber()))) {
                (m.read() ? readIds : unreadIds).add(LOCAL, counter);
            }
        }
        changes.sort(config.hasExtra(SyncConfiguration.EXTRA_ORDER_BY_DELIVERY_TIME)
                ? Comparator.comparing(MessageSummary::received).reversed().thenComparing(MessageSummary::mid)
                : Comparator.comparingLong(m -> ExchangeIds.globalCounter(m.changeNumber())));
        GlobSet.Builder gone = GlobSet.builder();
        if (!config.has(SyncConfiguration.NO_DELETIONS)) {
            delta.deleted().stream().map(t -> ExchangeIds.globalCounter(t.objectId())).filter(given::contains)
                    .forEach(gone::add);
        }
        GlobSet deleted = gone.build();
        GlobSet noLongerInScope = leftScope.build();

        List<SyncElement> head = new ArrayList<>();
        if (config.has(SyncConfiguration.PROGRESS)) {
            head.add(new SyncElement.ProgressTotal(progress(changes)));
        }
        List<SyncElement> tail = new ArrayList<>();
        if (!deleted.isEmpty() || !noLongerInScope.isEmpty()) {
            tail.add(new SyncElement.Deletions(deleted.isEmpty() ? IdSet.empty() : IdSet.of(LOCAL, deleted),
                    noLongerInScope.isEmpty() ? IdSet.empty() : IdSet.of(LOCAL, noLongerInScope), IdSet.empty()));
        }
        IdSet<ReplicaId> readSet = readIds.build();
        IdSet<ReplicaId> unreadSet = unreadIds.build();
        if (!readSet.isEmpty() || !unreadSet.isEmpty()) {
            tail.add(new SyncElement.ReadStateChanges(readSet, unreadSet));
        }
        GlobSet upToNow = delta.lastCounter() == 0 ? GlobSet.empty()
                : GlobSet.builder().addRange(1, delta.lastCounter()).build();
        SyncElement.SyncState finalState = new SyncElement.SyncState(
                IcsState.withReplica(state.idsetGiven(), me,
                        given.difference(deleted).difference(noLongerInScope).union(sent.build())),
                normal ? IcsState.withReplica(state.cnsetSeen(), me, seen.union(upToNow)) : state.cnsetSeen(),
                fai ? IcsState.withReplica(state.cnsetSeenFai(), me, seenFai.union(upToNow)) : state.cnsetSeenFai(),
                readState ? IcsState.withReplica(state.cnsetRead(), me, read.union(upToNow)) : state.cnsetRead());
        tail.add(finalState);
        tail.add(new SyncElement.End());

        Iterator<SyncElement> elements = Stream.concat(Stream.concat(head.stream(),
                new MessageChanges(store, mailbox, config).elements(changes)), tail.stream()).iterator();
        return new SyncPlan(elements, finalState);
    }

    /** The largest GLOBCNT n such that the set holds every value from 1 to n; 0 when it does not hold 1. */
    static long contiguousEnd(GlobSet set) {
        if (set.isEmpty()) {
            return 0;
        }
        GlobCntRange first = set.ranges().getFirst();
        return first.low() <= 1 ? first.high() : 0;
    }

    /** Whether the message (its properties as a property table row would show them) satisfies the restriction. */
    private static boolean matches(MailboxStore store, Mailbox mailbox, MessageSummary m, Restriction restriction) {
        return store.message(mailbox, m.mid())
                .map(record -> MessageRestriction.matches(restriction, ObjectProperties.message(mailbox, record).all()))
                .orElse(false);
    }

    private static ProgressInformation progress(List<MessageSummary> changes) {
        int faiCount = 0;
        long faiSize = 0;
        int normalCount = 0;
        long normalSize = 0;
        for (MessageSummary m : changes) {
            if (m.associated()) {
                faiCount++;
                faiSize += m.size();
            } else {
                normalCount++;
                normalSize += m.size();
            }
        }
        return new ProgressInformation(faiCount, faiSize, normalCount, normalSize);
    }
}
