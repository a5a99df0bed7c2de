package org.interchange.mapi.server.store;

import java.time.Instant;
import java.util.List;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * A stored message, [MS-OXCMSG] 2.2.1: its MID, folder, change number, PidTagMessageFlags,
 * size, delivery time (PidTagMessageDeliveryTime, else the save time) and the property bag it
 * was saved with (without PidTagMessageFlags and the other computed properties).
 */
public record MessageRecord(long mid, long fid, long changeNumber, int messageFlags, int size,
        boolean hasAttachments, Instant received, List<PropertyValue> properties) {

    public MessageRecord {
        properties = List.copyOf(properties);
    }
}
