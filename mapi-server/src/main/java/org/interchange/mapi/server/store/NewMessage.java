package org.interchange.mapi.server.store;

import java.util.List;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * A message to save, [MS-OXCMSG] 2.2: its properties, its recipient rows ([MS-OXCMSG] 2.2.1.36
 * recipient properties) and its attachments' property bags.
 */
public record NewMessage(List<PropertyValue> properties, List<List<PropertyValue>> recipients,
        List<List<PropertyValue>> attachments) {

    public NewMessage {
        properties = List.copyOf(properties);
        recipients = recipients.stream().map(List::copyOf).toList();
        attachments = attachments.stream().map(List::copyOf).toList();
    }

    public static NewMessage of(List<PropertyValue> properties) {
        return new NewMessage(properties, List.of(), List.of());
    }
}
