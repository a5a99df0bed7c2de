package org.interchange.mapi.server.rop.oxcfxics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.interchange.mapi.codec.fxics.MessageChange;
import org.interchange.mapi.codec.fxics.MessageContent;
import org.interchange.mapi.codec.fxics.StreamProperties;
import org.interchange.mapi.codec.fxics.StreamProperty;
import org.interchange.mapi.codec.fxics.SyncElement;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.rop.EntryIds;
import org.interchange.mapi.server.rop.ObjectProperties;
import org.interchange.mapi.server.store.AttachmentRecord;
import org.interchange.mapi.server.store.EmbeddedMessageCodec;
import org.interchange.mapi.server.store.EmbeddedMessageException;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.MessageSummary;
import org.interchange.mapi.server.store.NewMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messageChange elements of a contentsSync download, [MS-OXCFXICS] 2.2.4.3.2 and 2.2.4.3.3: the changed
 * messages are read from the store a batch at a time when the stream reaches the batch (messages, recipients
 * and attachments in one store call each), so a download costs three reads per batch instead of per message.
 * A message deleted since the plan was made is left out.
 */
final class MessageChanges {
    private static final Logger LOG = LoggerFactory.getLogger(MessageChanges.class);
    /**
     * Most messages read in one batch: each batch costs three statements whatever its size, so mail of the usual
     * size (around 10 KB) fills a batch up to {@link #BATCH_BYTES} before it reaches this count.
     */
    private static final int BATCH_MESSAGES = 128;
    /** A batch ends once its messages' sizes (PidTagMessageSize) reach this many bytes. */
    private static final long BATCH_BYTES = 1 << 20;
    /** Properties that go in the messageChangeHeader or are computed per folder, not in the content. */
    private static final Set<Integer> NOT_IN_CONTENT = Set.of(PidTag.SOURCE_KEY.id(), PidTag.CHANGE_KEY.id(),
            StreamProperties.PREDECESSOR_CHANGE_LIST.id(), PidTag.LAST_MODIFICATION_TIME.id(),
            StreamProperties.ASSOCIATED.id(), PidTag.MID.id(), PidTag.MESSAGE_SIZE.id(), PidTag.CHANGE_NUMBER.id(),
            PidTag.FOLDER_ID.id(), PidTag.ENTRY_ID.id(), PidTag.INSTANCE_KEY.id(), PidTag.HAS_ATTACHMENTS.id());

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

    /** The elements of {@code changes}, in their order; nothing is read before the stream asks for it. */
    Stream<SyncElement> elements(List<MessageSummary> changes) {
        return batches(changes).stream().flatMap(this::batch);
    }

    private static List<List<MessageSummary>> batches(List<MessageSummary> changes) {
        List<List<MessageSummary>> out = new ArrayList<>();
        List<MessageSummary> current = new ArrayList<>();
        long bytes = 0;
        for (MessageSummary m : changes) {
            current.add(m);
            bytes += Math.max(0, m.size());
            if (current.size() == BATCH_MESSAGES || bytes >= BATCH_BYTES) {
                out.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private Stream<SyncElement> batch(List<MessageSummary> summaries) {
        Map<Long, MessageRecord> found = store.messagesByMid(mailbox,
                summaries.stream().map(MessageSummary::mid).toList());
        List<MessageRecord> messages = summaries.stream().map(s -> found.get(s.mid())).filter(Objects::nonNull).toList();
        Map<Long, List<List<PropertyValue>>> recipients = store.recipientsByMid(mailbox,
                including(messages, StreamProperties.MESSAGE_RECIPIENTS));
        Map<Long, List<AttachmentRecord>> attachments = store.attachmentsByMid(mailbox,
                including(messages, StreamProperties.MESSAGE_ATTACHMENTS));
        return messages.stream().flatMap(m -> {
            MessageChange change = change(m, recipients.getOrDefault(m.mid(), List.of()),
                    attachments.getOrDefault(m.mid(), List.of()));
            return config.has(SyncConfiguration.PROGRESS)
                    ? Stream.of(new SyncElement.ProgressPerMessage(m.size(), m.state().associated()), change)
                    : Stream.of(change);
        });
    }

    /** The MIDs of those {@code messages} whose download includes {@code part} (recipients or attachments). */
    private List<Long> including(List<MessageRecord> messages, PropertyTag part) {
        return messages.stream().filter(m -> config.includes(part, m.state().associated())).map(MessageRecord::mid)
                .toList();
    }

    private MessageChange change(MessageRecord m, List<List<PropertyValue>> recipientRows,
            List<AttachmentRecord> attachmentRecords) {
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
        List<MessageContent.Recipient> recipients = recipientRows.stream()
                .map(r -> new MessageContent.Recipient(values.convert(r))).toList();
        List<MessageContent.Attachment> attachments = attachmentRecords.stream().map(this::attachment).toList();
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
