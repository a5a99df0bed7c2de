package org.interchange.mapi.objects.mime;

import java.util.List;
import java.util.Objects;
import org.interchange.mapi.objects.PropertyBag;

/**
 * A message object with its recipient and attachment tables, [MS-OXCMSG] 2.2.1, 2.2.2 and 2.2.3:
 * what a MIME message converts to and from. Each recipient and attachment is its own property bag.
 */
public record MapiMessage(PropertyBag properties, List<PropertyBag> recipients, List<PropertyBag> attachments) {

    public MapiMessage {
        Objects.requireNonNull(properties, "properties");
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
    }
}
