package org.interchange.mapi.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * A stored message, [MS-OXCMSG] 2.2.1: its MID, folder, change number, PidTagMessageFlags,
 * size, delivery time (PidTagMessageDeliveryTime, else the save time), the property bag it
 * was saved with (without PidTagMessageFlags and the other computed properties), and its
 * {@link MessageState}: change tracking, read-state change number, status and FAI flag.
 */
public record MessageRecord(long mid, long fid, long changeNumber, int messageFlags, int size,
        boolean hasAttachments, Instant received, List<PropertyValue> properties, MessageState state) {

    public MessageRecord {
        properties = List.copyOf(properties);
        Objects.requireNonNull(state, "state");
    }

    /** Whether mfRead is set, [MS-OXCMSG] 2.2.1.6. */
    public boolean isRead() {
        return (messageFlags & 0x0001) != 0;
    }
}
