package org.interchange.mapi.server.rop.oxcfxics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.interchange.mapi.codec.fxics.GlobSet;
import org.interchange.mapi.codec.fxics.IdSet;
import org.interchange.mapi.codec.fxics.ProgressInformation;
import org.interchange.mapi.codec.fxics.ReplicaGuid;
import org.interchange.mapi.codec.fxics.ReplicaId;
import org.interchange.mapi.codec.fxics.SyncElement;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.server.rop.ObjectProperties;
import org.interchange.mapi.server.store.ExchangeIds;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageSummary;
import org.interchange.mapi.server.store.SyncSnapshot;

/**
 * Plans a contentsSync download, [MS-OXCFXICS] 2.2.4.3.4 and 3.2.5.9.1: from the uploaded state and
 * a snapshot of the folder it picks the messages whose change numbers the client has not seen,
 * the ids it holds that are gone, and the read-state changes it has not seen; it yields the
 * elements lazily ({@link MessageChanges} reads the changed messages a batch at a time when the stream
 * reaches them) and computes the final state. With a
 * restriction (2.2.3.2.1.1.1) only changed messages that satisfy it are sent, and changed ones the client was
 * given that no longer do are reported as no longer in scope (2.2.4.3.5) unless IgnoreNoLongerInScope is set.
 */
final class ContentsSync {
    private static final ReplicaId LOCAL = new ReplicaId(ExchangeIds.LOCAL_REPLICA_ID);

    private ContentsSync() {
    }

    static SyncPlan plan(MailboxStore store, Mailbox mailbox, long fid, SyncConfiguration config, IcsState state) {
        ReplicaGuid me = new ReplicaGuid(mailbox.replicaGuid());
        SyncSnapshot<MessageSummary> snapshot = store.contentsSnapshot(mailbox, fid);
        GlobSet seen = state.cnsetSeen().globSet(me);
        GlobSet seenFai = state.cnsetSeenFai().globSet(me);
        GlobSet read = state.cnsetRead().globSet(me);
        GlobSet given = state.idsetGiven().globSet(me);
        boolean normal = config.has(SyncConfiguration.NORMAL);
        boolean fai = config.has(SyncConfiguration.FAI);
        boolean readState = config.has(SyncConfiguration.READ_STATE);

        List<MessageSummary> changes = new ArrayList<>();
        IdSet.Builder<ReplicaId> readIds = IdSet.builder();
        IdSet.Builder<ReplicaId> unreadIds = IdSet.builder();
        GlobSet.Builder all = GlobSet.builder();
        GlobSet.Builder inScope = GlobSet.builder();
        GlobSet.Builder leftScope = GlobSet.builder();
        Optional<Restriction> restriction = config.restriction();
        for (MessageSummary m : snapshot.items()) {
            long counter = ExchangeIds.globalCounter(m.mid());
            all.add(counter);
            if (m.associated() ? !fai : !normal) {
                continue;
            }
            boolean seenBefore = (m.associated() ? seenFai : seen).contains(ExchangeIds.globalCounter(m.changeNumber()));
            if (restriction.isPresent()) {
                // a message enters or leaves the restriction's scope only by changing; unchanged ones keep theirs
                if (seenBefore ? !given.contains(counter) : !matches(store, mailbox, m, restriction.get())) {
                    if (!seenBefore && given.contains(counter)
                            && !config.has(SyncConfiguration.IGNORE_NO_LONGER_IN_SCOPE)) {
                        leftScope.add(counter);
                    }
                    continue;
                }
            }
            inScope.add(counter);
            if (!seenBefore) {
                changes.add(m);
            } else if (readState && !m.associated() && m.readChangeNumber() != 0 && given.contains(counter)
                    && !read.contains(ExchangeIds.globalCounter(m.readChangeNumber()))) {
                (m.read() ? readIds : unreadIds).add(LOCAL, counter);
            }
        }
        changes.sort(config.hasExtra(SyncConfiguration.EXTRA_ORDER_BY_DELIVERY_TIME)
                ? Comparator.comparing(MessageSummary::received).reversed().thenComparing(MessageSummary::mid)
                : Comparator.comparingLong(m -> ExchangeIds.globalCounter(m.changeNumber())));
        GlobSet current = all.build();
        GlobSet deleted = config.has(SyncConfiguration.NO_DELETIONS) ? GlobSet.empty() : given.difference(current);
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
        GlobSet upToNow = snapshot.lastCounter() == 0 ? GlobSet.empty()
                : GlobSet.builder().addRange(1, snapshot.lastCounter()).build();
        SyncElement.SyncState finalState = new SyncElement.SyncState(
                IcsState.withReplica(state.idsetGiven(), me,
                        given.difference(deleted).difference(noLongerInScope).union(inScope.build())),
                normal ? IcsState.withReplica(state.cnsetSeen(), me, seen.union(upToNow)) : state.cnsetSeen(),
                fai ? IcsState.withReplica(state.cnsetSeenFai(), me, seenFai.union(upToNow)) : state.cnsetSeenFai(),
                readState ? IcsState.withReplica(state.cnsetRead(), me, read.union(upToNow)) : state.cnsetRead());
        tail.add(finalState);
        tail.add(new SyncElement.End());

        Iterator<SyncElement> elements = Stream.concat(Stream.concat(head.stream(),
                new MessageChanges(store, mailbox, config).elements(changes)), tail.stream()).iterator();
        return new SyncPlan(elements, finalState);
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
