package org.interchange.mapi.codec.fxics;

import java.util.List;
import java.util.Objects;

/**
 * messageContent, [MS-OXCFXICS] 2.2.4.3.15 with messageChildren (2.2.4.3.16): the message's
 * properties, its recipients and its attachments. {@code replaceRecipients} and
 * {@code replaceAttachments} record a MetaTagFXDelProp before each list: the list replaces the
 * one the receiver has.
 */
public record MessageContent(List<StreamProperty> properties, boolean replaceRecipients,
        List<Recipient> recipients, boolean replaceAttachments, List<Attachment> attachments) {

    public MessageContent {
        properties = List.copyOf(properties);
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
    }

    /** recipient, 2.2.4.3.23. */
    public record Recipient(List<StreamProperty> properties) {
        public Recipient {
            properties = List.copyOf(properties);
        }
    }

    /** attachment, 2.2.4.3.2, with its embeddedMessage (2.2.4.3.7) or null. */
    public record Attachment(List<StreamProperty> properties, MessageContent embedded) {
        public Attachment {
            properties = List.copyOf(Objects.requireNonNull(properties, "properties"));
        }
    }
}
