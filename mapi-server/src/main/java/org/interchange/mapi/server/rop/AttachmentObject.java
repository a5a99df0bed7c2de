package org.interchange.mapi.server.rop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.server.store.AttachmentRecord;

/**
 * An open attachment of a message, [MS-OXCMSG] 3.2.5.12 and 3.2.5.13: its number and properties;
 * changes reach the message's draft on RopSaveChangesAttachment.
 */
public final class AttachmentObject implements ServerObject {
    private final MessageObject message;
    private final int attachNumber;
    private final Map<Integer, PropertyValue> properties = new LinkedHashMap<>();

    public AttachmentObject(MessageObject message, AttachmentRecord attachment) {
        this.message = message;
        this.attachNumber = attachment.attachNumber();
        set(attachment.properties());
    }

    @Override
    public LogonObject logon() {
        return message.logon();
    }

    public MessageObject message() {
        return message;
    }

    /** The attachment with its current (possibly unsaved) properties. */
    public AttachmentRecord attachment() {
        return new AttachmentRecord(attachNumber, List.copyOf(properties.values()));
    }

    public void set(List<PropertyValue> values) {
        values.forEach(v -> properties.put(v.tag().id(), v));
    }

    public void delete(List<PropertyTag> tags) {
        tags.forEach(t -> properties.remove(t.id()));
    }
}
