package org.interchange.mapi.server.rop.oxcfxics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.interchange.mapi.codec.fxics.GlobSet;
import org.interchange.mapi.codec.fxics.IdSet;
import org.interchange.mapi.codec.fxics.MessageChange;
import org.interchange.mapi.codec.fxics.MessageContent;
import org.interchange.mapi.codec.fxics.ProgressInformation;
import org.interchange.mapi.codec.fxics.ReplicaGuid;
import org.interchange.mapi.codec.fxics.ReplicaId;
import org.interchange.mapi.codec.fxics.StreamProperties;
import org.interchange.mapi.codec.fxics.StreamProperty;
import org.interchange.mapi.codec.fxics.SyncElement;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.rop.EntryIds;
import org.interchange.mapi.server.rop.ObjectProperties;
import org.interchange.mapi.server.store.AttachmentRecord;
import org.interchange.mapi.server.store.EmbeddedMessageCodec;
import org.interchange.mapi.server.store.EmbeddedMessageException;
import org.interchange.mapi.server.store.ExchangeIds;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.MessageSummary;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.SyncSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans a contentsSync download, [MS-OXCFXICS] 2.2.4.3.4 and 3.2.5.9.1: from the uploaded state and
 * a snapshot of the folder it picks the messages whose change numbers the client has not seen,
 * the ids it holds that are gone, and the read-state changes it has not seen; it yields the
 * elements lazily (each message is read when its turn comes) and computes the final state. With a
 * restriction (2.2.3.2.1.1.1) only changed messages that satisfy it are sent, and changed ones the client was
 * given that no longer do are reported as no longer in scope (2.2.4.3.5) unless IgnoreNoLongerInScope is set.
 */
final class ContentsSync {
    private static final Logger LOG = LoggerFactory.getLogger(ContentsSync.class);
    /** Properties that go in the messageChangeHeader or are computed per folder, not in the content. */
    private static final Set<Integer> NOT_IN_CONTENT = Set.of(PidTag.SOURCE_KEY.id(), PidTag.CHANGE_KEY.id(),
            StreamProperties.PREDECESSOR_CHANGE_LIST.id(), PidTag.LAST_MODIFICATION_TIME.id(),
            StreamProperties.ASSOCIATED.id(), PidTag.MID.id(), PidTag.MESSAGE_SIZE.id(), PidTag.CHANGE_NUMBER.id(),
            PidTag.FOLDER_ID.id(), PidTag.ENTRY_ID.id(), PidTag.INSTANCE_KEY.id(), PidTag.HAS_ATTACHMENTS.id());
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

        MessageChanges producer = new MessageChanges(store, mailbox, config);
        Iterator<SyncElement> elements = Stream.concat(Stream.concat(head.stream(),
                changes.stream().flatMap(m -> producer.elementsFor(m))), tail.stream()).iterator();
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

    /** Reads each changed message when the stream reaches it and turns it into elements. */
    private static final class MessageChanges {
        private final MailboxStore store;
        private final Mailbox mailbox;
        private final SyncConfiguration config;
        private final StreamValues values;

        MessageChanges(MailboxStore store, Mailbox mailbox, SyncConfiguration config) {
            this.store = store;
            this.mailbox = mailbox;
            this.config = config;
            this.values = new StreamValues(store, mailbox);
        }

        Stream<SyncElement> elementsFor(MessageSummary summary) {
            return store.message(mailbox, summary.mid()).stream().flatMap(m -> {
                MessageChange change = change(m);
                return config.has(SyncConfiguration.PROGRESS)
                        ? Stream.of(new SyncElement.ProgressPerMessage(m.size(), m.state().associated()), change)
                        : Stream.of(change);
            });
        }

        private MessageChange change(MessageRecord m) {
            boolean fai = m.state().associated();
            List<StreamProperty> header = new ArrayList<>();
            header.add(StreamProperty.of(PidTag.SOURCE_KEY, EntryIds.sourceKey(mailbox, m.mid())));
            header.add(StreamProperty.of(PidTag.LAST_MODIFICATION_TIME, m.state().modified()));
            header.add(StreamProperty.of(PidTag.CHANGE_KEY, m.state().version().changeKey()));
            header.add(StreamProperty.of(StreamProperties.PREDECESSOR_CHANGE_LIST,
                    m.state().version().predecessorChangeList()));
            header.add(StreamProperty.of(StreamProperties.ASSOCIATED, fai));
            if (config.hasExtra(SyncConfiguration.EXTRA_EID)) {
                header.add(StreamProperty.of(PidTag.MID, m.mid()));
            }
            if (config.hasExtra(SyncConfiguration.EXTRA_MESSAGE_SIZE)) {
                header.add(StreamProperty.of(PidTag.MESSAGE_SIZE, m.size()));
            }
            if (config.hasExtra(SyncConfiguration.EXTRA_CN)) {
                header.add(StreamProperty.of(PidTag.CHANGE_NUMBER, m.changeNumber()));
            }
            List<PropertyValue> props = ObjectProperties.message(mailbox, m).all().stream()
                    .filter(v -> !NOT_IN_CONTENT.contains(v.tag().id()) && config.includes(v.tag(), fai)).toList();
            List<MessageContent.Recipient> recipients = !config.includes(StreamProperties.MESSAGE_RECIPIENTS, fai)
                    ? List.of() : store.recipients(mailbox, m.mid()).stream()
                    .map(r -> new MessageContent.Recipient(values.convert(r))).toList();
            List<MessageContent.Attachment> attachments = !config.includes(StreamProperties.MESSAGE_ATTACHMENTS, fai)
                    ? List.of() : store.attachments(mailbox, m.mid()).stream().map(this::attachment).toList();
            return new MessageChange(header, new MessageContent(values.convert(props), true, recipients, true,
                    attachments));
        }

        /** An attachment; a stored embedded message goes as its embeddedMessage element, [MS-OXCFXICS] 2.2.4.3.7. */
        private MessageContent.Attachment attachment(AttachmentRecord a) {
            byte[] embedded = null;
            List<PropertyValue> props = new ArrayList<>();
            for (PropertyValue v : ObjectProperties.attachment(a).all()) {
                if (v.tag().equals(PidTag.ATTACH_DATA_OBJECT) && v.value() instanceof byte[] bytes) {
                    embedded = bytes;
                } else if (v.tag().id() != PidTag.INSTANCE_KEY.id()) {
                    props.add(v);
                }
            }
            return new MessageContent.Attachment(values.convert(props), embedded == null ? null : embedded(embedded));
        }

        /** The embedded message; a malformed stored one is left out (and logged) rather than failing the download. */
        private MessageContent embedded(byte[] stored) {
            try {
                return embeddedContent(EmbeddedMessageCodec.deserialize(stored));
            } catch (EmbeddedMessageException e) {
                LOG.warn("embedded message left out of an ICS download: {}", e.getMessage());
                return null;
            }
        }

        private MessageContent embeddedContent(NewMessage message) {
            List<MessageContent.Attachment> attachments = new ArrayList<>();
            for (int i = 0; i < message.attachments().size(); i++) {
                attachments.add(attachment(new AttachmentRecord(i, message.attachments().get(i))));
            }
            return new MessageContent(values.convert(message.properties()), true, message.recipients().stream()
                    .map(r -> new MessageContent.Recipient(values.convert(r))).toList(), true, attachments);
        }
    }
}
