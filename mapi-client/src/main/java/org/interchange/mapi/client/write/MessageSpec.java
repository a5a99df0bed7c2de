package org.interchange.mapi.client.write;

import java.util.List;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * A message to create, [MS-OXCMSG] 3.1.4.2: its properties (large values are streamed), its
 * recipients and attachments, and whether it is folder associated information (FAI).
 */
public record MessageSpec(List<PropertyValue> properties, List<RecipientSpec> recipients,
        List<AttachmentSpec> attachments, boolean associated) {

    public MessageSpec {
        properties = List.copyOf(properties);
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
    }

    /** A normal message with these properties and nothing else. */
    public static MessageSpec of(List<PropertyValue> properties) {
        return new MessageSpec(properties, List.of(), List.of(), false);
    }

    public MessageSpec withRecipients(List<RecipientSpec> list) {
        return new MessageSpec(properties, list, attachments, associated);
    }

    public MessageSpec withAttachments(List<AttachmentSpec> list) {
        return new MessageSpec(properties, recipients, list, associated);
    }
}
