package org.interchange.mapi.server.rop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.server.store.AttachmentRecord;
import org.interchange.mapi.server.store.NewMessage;

/**
 * The unsaved changes of an open message, [MS-OXCMSG] 3.2.5.3: its properties, recipients by RowId
 * and attachments by PidTagAttachNumber, written to the store as a whole by RopSaveChangesMessage.
 */
public final class MessageDraft {
    private final Map<Integer, PropertyValue> properties = new LinkedHashMap<>();
    private final TreeMap<Long, List<PropertyValue>> recipients = new TreeMap<>();
    private final TreeMap<Integer, List<PropertyValue>> attachments = new TreeMap<>();
    private int nextAttachmentNumber;

    MessageDraft(List<PropertyValue> properties, List<List<PropertyValue>> recipients,
            List<AttachmentRecord> attachments) {
        set(properties);
        for (int i = 0; i < recipients.size(); i++) {
            this.recipients.put((long) i, List.copyOf(recipients.get(i)));
        }
        attachments.forEach(a -> this.attachments.put(a.attachNumber(), a.properties()));
        nextAttachmentNumber = this.attachments.isEmpty() ? 0 : this.attachments.lastKey() + 1;
    }

    public void set(List<PropertyValue> values) {
        values.forEach(v -> properties.put(v.tag().id(), v));
    }

    public void delete(List<PropertyTag> tags) {
        tags.forEach(t -> properties.remove(t.id()));
    }

    public List<PropertyValue> properties() {
        return List.copyOf(properties.values());
    }

    /** Adds or replaces the recipient with this RowId; null values remove it ([MS-OXCMSG] 3.2.5.5). */
    public void setRecipient(long rowId, List<PropertyValue> values) {
        if (values == null) {
            recipients.remove(rowId);
        } else {
            recipients.put(rowId, List.copyOf(values));
        }
    }

    public void removeAllRecipients() {
        recipients.clear();
    }

    public List<List<PropertyValue>> recipients() {
        return List.copyOf(recipients.values());
    }

    /** Reserves the PidTagAttachNumber of a new attachment (RopCreateAttachment, [MS-OXCMSG] 3.2.5.13). */
    public int reserveAttachmentNumber() {
        return nextAttachmentNumber++;
    }

    public void putAttachment(int number, List<PropertyValue> values) {
        attachments.put(number, List.copyOf(values));
    }

    public boolean deleteAttachment(int number) {
        return attachments.remove(number) != null;
    }

    public List<AttachmentRecord> attachments() {
        List<AttachmentRecord> out = new ArrayList<>();
        attachments.forEach((n, v) -> out.add(new AttachmentRecord(n, v)));
        return out;
    }

    public NewMessage toNewMessage() {
        return new NewMessage(properties(), recipients(), List.copyOf(attachments.values()));
    }
}
