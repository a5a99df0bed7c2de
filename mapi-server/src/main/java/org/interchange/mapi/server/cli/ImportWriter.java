package org.interchange.mapi.server.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.MessageClass;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.mime.MapiMessage;
import org.interchange.mapi.objects.mime.MimeConversionException;
import org.interchange.mapi.objects.mime.MimeMessageWriter;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.NewMessage;

/**
 * Stores an imported message object in a folder ([MS-OXCMSG] 2.2): its named properties moved to
 * the mailbox's ids ({@link NamedIdMapping}), received at the time it was sent (else now), read
 * unless the source said otherwise. The store holds no embedded messages ([MS-OXCMSG] 2.2.2.9), so
 * a mail's attached message is kept as a message/rfc822 file, and any other embedded message (the
 * changed body of one occurrence of a recurring appointment, [MS-OXOCAL] 2.2.10.1) is left out and
 * counted in {@link #leftOut()}.
 */
final class ImportWriter {
    private static final int ATTACH_BY_VALUE = 1;

    private final MailboxStore store;
    private final Mailbox mailbox;
    private final NamedIdMapping names;
    private final Instant now;
    private int leftOut;

    ImportWriter(MailboxStore store, Mailbox mailbox, NamedIdMapping names, Instant now) {
        this.store = store;
        this.mailbox = mailbox;
        this.names = names;
        this.now = now;
    }

    /** Values and embedded messages the store could not take, so far. */
    int leftOut() {
        return leftOut;
    }

    MessageRecord write(long fid, MapiMessage item) {
        boolean mail = MessageClass.of(item.properties().string(PidTag.MESSAGE_CLASS)) == MessageClass.NOTE;
        List<List<PropertyValue>> attachments = new ArrayList<>();
        for (int i = 0; i < item.attachments().size(); i++) {
            MapiMessage embedded = item.embedded().get(i);
            if (embedded == null) {
                attachments.add(translate(item.attachments().get(i)));
            } else if (mail) {
                asFile(item.attachments().get(i), embedded).ifPresent(attachments::add);
            } else {
                leftOut++;
            }
        }
        List<PropertyValue> props = new ArrayList<>();
        Instant received = item.properties().get(PidTag.CLIENT_SUBMIT_TIME).map(PropertyValue::asTime).orElse(now);
        int flags = PidTag.MSGFLAG_READ;
        for (PropertyValue v : translate(item.properties())) {
            if (v.tag().equals(PidTag.MESSAGE_FLAGS)) {
                flags = v.asInt();
            } else if (v.tag().equals(PidTag.HAS_ATTACHMENTS)) {
                continue;
            } else if (!v.tag().equals(PidTag.MESSAGE_DELIVERY_TIME)) {
                props.add(v);
            }
        }
        // the store derives mfHasAttach and PidTagHasAttachments from the attachments it keeps
        props.add(PropertyValue.of(PidTag.MESSAGE_FLAGS, flags & ~PidTag.MSGFLAG_HASATTACH));
        props.add(PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, received));
        List<List<PropertyValue>> recipients = item.recipients().stream().map(this::translate).toList();
        return store.createMessage(mailbox, fid, new NewMessage(props, recipients, attachments));
    }

    /** An attached message as its RFC 5322 bytes, [MS-OXCMAIL] 2.2.3.3.1 (by value). */
    private Optional<List<PropertyValue>> asFile(PropertyBag attachment, MapiMessage embedded) {
        byte[] eml;
        try {
            eml = MimeMessageWriter.toEml(embedded);
        } catch (MimeConversionException e) {
            leftOut++;
            return Optional.empty();
        }
        String name = attachment.string(PidTag.ATTACH_LONG_FILENAME);
        if (name == null) {
            String subject = embedded.properties().string(PidTag.SUBJECT);
            name = (subject == null || subject.isBlank() ? "message" : subject.replaceAll("[\\\\/:*?\"<>|]", "_")) + ".eml";
        }
        List<PropertyValue> out = new ArrayList<>();
        for (PropertyValue v : translate(attachment)) {
            PropertyTag tag = v.tag();
            if (!tag.equals(PidTag.ATTACH_METHOD) && !tag.equals(PidTag.ATTACH_LONG_FILENAME)) {
                out.add(v);
            }
        }
        out.add(PropertyValue.of(PidTag.ATTACH_METHOD, ATTACH_BY_VALUE));
        out.add(PropertyValue.of(PidTag.ATTACH_DATA_BINARY, eml));
        out.add(PropertyValue.of(PidTag.ATTACH_SIZE, eml.length));
        out.add(PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, name));
        return Optional.of(out);
    }

    private List<PropertyValue> translate(PropertyBag bag) {
        List<PropertyValue> out = new ArrayList<>();
        for (PropertyValue v : bag.values()) {
            Optional<PropertyTag> tag = names.tagOf(v.tag());
            if (tag.isPresent()) {
                out.add(tag.get().equals(v.tag()) ? v : PropertyValue.of(tag.get(), v.value()));
            } else {
                leftOut++;
            }
        }
        return out;
    }
}
