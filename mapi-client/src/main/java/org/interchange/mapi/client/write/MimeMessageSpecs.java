package org.interchange.mapi.client.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.mime.MapiMessage;

/**
 * Turns a converted message ({@link MapiMessage} of mapi-objects, e.g. from
 * {@code MimeMessageReader.readEml}) into a {@link MessageSpec}, [MS-OXCMSG] 2.2: recipients with an
 * address, by-value attachments with their bytes, and embedded-message attachments (message/rfc822
 * parts, [MS-OXCMAIL] 2.2.3.3.2) with their messages, nested the same way. Property ids are kept as
 * they are: named properties must already use the target mailbox's ids.
 */
public final class MimeMessageSpecs {
    /** PidTagAttachMethod afEmbeddedMessage, [MS-OXCMSG] 2.2.2.9. */
    private static final int EMBEDDED_MESSAGE = 5;
    /** Attachment properties the writer sets itself or the store assigns. */
    private static final Set<PropertyTag> WRITER_SET = Set.of(PidTag.ATTACH_DATA_BINARY, PidTag.ATTACH_DATA_OBJECT,
            PidTag.ATTACH_LONG_FILENAME, PidTag.ATTACH_MIME_TAG, PidTag.ATTACH_METHOD, PidTag.ATTACH_NUMBER);

    private MimeMessageSpecs() {
    }

    /**
     * The spec that writes {@code message}; an attachment that is neither by value with bytes nor an
     * embedded message with its message fails with IllegalArgumentException naming its index.
     */
    public static MessageSpec of(MapiMessage message) {
        List<RecipientSpec> recipients = new ArrayList<>();
        for (PropertyBag r : message.recipients()) {
            String email = r.string(PidTag.SMTP_ADDRESS) != null ? r.string(PidTag.SMTP_ADDRESS)
                    : r.string(PidTag.EMAIL_ADDRESS);
            if (email != null) {
                int type = Math.clamp(r.number(PidTag.RECIPIENT_TYPE, RecipientSpec.TO), RecipientSpec.TO,
                        RecipientSpec.BCC);
                recipients.add(new RecipientSpec(type, r.string(PidTag.DISPLAY_NAME), email,
                        (int) r.number(PidTag.RECIPIENT_TRACK_STATUS, 0)));
            }
        }
        List<AttachmentSpec> attachments = new ArrayList<>();
        for (int i = 0; i < message.attachments().size(); i++) {
            attachments.add(attachment(message, i));
        }
        return new MessageSpec(message.properties().values(), recipients, attachments, false);
    }

    private static AttachmentSpec attachment(MapiMessage message, int index) {
        PropertyBag a = message.attachments().get(index);
        List<PropertyValue> extra = a.values().stream().filter(v -> !WRITER_SET.contains(v.tag())).toList();
        String name = a.string(PidTag.ATTACH_LONG_FILENAME) != null ? a.string(PidTag.ATTACH_LONG_FILENAME)
                : a.string(PidTag.ATTACH_FILENAME);
        boolean embedded = a.number(PidTag.ATTACH_METHOD, 1) == EMBEDDED_MESSAGE;
        if (embedded && message.embedded().containsKey(index)) {
            String title = name != null ? name : a.string(PidTag.DISPLAY_NAME);
            return new AttachmentSpec(title != null ? title : "message", a.string(PidTag.ATTACH_MIME_TAG), new byte[0],
                    extra, of(message.embedded().get(index)));
        }
        byte[] data = a.bytes(PidTag.ATTACH_DATA_BINARY);
        if (embedded || data == null) {
            throw new IllegalArgumentException("attachment " + index + " has neither bytes nor an embedded message");
        }
        return new AttachmentSpec(name != null ? name : "attachment", a.string(PidTag.ATTACH_MIME_TAG), data, extra);
    }
}
