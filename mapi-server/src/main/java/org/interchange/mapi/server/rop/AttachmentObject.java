package org.interchange.mapi.server.rop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.AttachmentRecord;

/**
 * An open attachment of a message, [MS-OXCMSG] 3.2.5.12 and 3.2.5.13: its number and properties;
 * changes reach the message's draft on RopSaveChangesAttachment. The stored form of an embedded
 * message (PidTagAttachDataObject, [MS-OXCMSG] 2.2.2.8) is kept apart: clients reach it only
 * through RopOpenEmbeddedMessage.
 */
public final class AttachmentObject implements ServerObject {
    /** PidTagAttachMethod afEmbeddedMessage, [MS-OXCMSG] 2.2.2.9. */
    public static final int EMBEDDED_MESSAGE = 5;

    private final MessageObject message;
    private final int attachNumber;
    private final Map<Integer, PropertyValue> properties = new LinkedHashMap<>();
    private byte[] embedded;

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

    /** The attachment with its current (possibly unsaved) properties as clients see them. */
    public AttachmentRecord attachment() {
        return new AttachmentRecord(attachNumber, List.copyOf(properties.values()));
    }

    /** The attachment as the store keeps it: its properties plus the stored embedded message, if any. */
    public AttachmentRecord stored() {
        List<PropertyValue> values = new ArrayList<>(properties.values());
        if (embedded != null) {
            values.add(PropertyValue.of(PidTag.ATTACH_DATA_OBJECT, embedded.clone()));
        }
        return new AttachmentRecord(attachNumber, values);
    }

    /** The stored embedded message, or empty when none was saved into this attachment. */
    public Optional<byte[]> embeddedMessage() {
        return Optional.ofNullable(embedded).map(byte[]::clone);
    }

    /** Keeps {@code message} (a stored embedded message) and marks the attachment afEmbeddedMessage. */
    public void embed(byte[] message) {
        embedded = message.clone();
        properties.remove(PidTag.ATTACH_DATA_OBJECT.id());
        properties.put(PidTag.ATTACH_METHOD.id(), PropertyValue.of(PidTag.ATTACH_METHOD, EMBEDDED_MESSAGE));
    }

    public void set(List<PropertyValue> values) {
        for (PropertyValue v : values) {
            if (v.tag().equals(PidTag.ATTACH_DATA_OBJECT) && v.value() instanceof byte[] bytes) {
                embedded = bytes.clone();
            } else {
                properties.put(v.tag().id(), v);
            }
        }
    }

    public void delete(List<PropertyTag> tags) {
        for (PropertyTag t : tags) {
            properties.remove(t.id());
            if (t.equals(PidTag.ATTACH_DATA_OBJECT)) {
                embedded = null;
            }
        }
    }
}
