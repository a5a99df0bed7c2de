package org.interchange.mapi.server.store;

import java.util.List;
import org.interchange.mapi.codec.property.PropertyValue;

/** A stored attachment, [MS-OXCMSG] 2.2.2: its PidTagAttachNumber and property bag (data included). */
public record AttachmentRecord(int attachNumber, List<PropertyValue> properties) {

    public AttachmentRecord {
        properties = List.copyOf(properties);
    }
}
