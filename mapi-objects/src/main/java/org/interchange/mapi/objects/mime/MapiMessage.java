package org.interchange.mapi.objects.mime;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.interchange.mapi.objects.PropertyBag;

/**
 * A message object with its recipient and attachment tables, [MS-OXCMSG] 2.2.1, 2.2.2 and 2.2.3:
 * what a MIME message, an iCalendar component or a vCard converts to and from. Each recipient and
 * attachment is its own property bag; {@code embedded} holds the message of each embedded-message
 * attachment (PidTagAttachMethod 5, [MS-OXCMSG] 2.2.2.9), keyed by its index in {@code attachments}.
 */
public record MapiMessage(PropertyBag properties, List<PropertyBag> recipients, List<PropertyBag> attachments,
                          Map<Integer, MapiMessage> embedded) {

    public MapiMessage {
        Objects.requireNonNull(properties, "properties");
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
        embedded = Map.copyOf(embedded);
        for (Integer index : embedded.keySet()) {
            if (index < 0 || index >= attachments.size()) {
                throw new IllegalArgumentException("embedded message for attachment " + index + " of "
                        + attachments.size());
            }
        }
    }

    public MapiMessage(PropertyBag properties, List<PropertyBag> recipients, List<PropertyBag> attachments) {
        this(properties, recipients, attachments, Map.of());
    }
}
