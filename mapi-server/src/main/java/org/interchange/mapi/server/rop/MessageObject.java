package org.interchange.mapi.server.rop;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.AttachmentRecord;
import org.interchange.mapi.server.store.ChangeVersion;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.NewMessage;

/**
 * An open message, [MS-OXCMSG] 3.2.5.1 and 3.2.5.2: a stored message, or a new one made by
 * RopCreateMessage in a folder; changes collect in a {@link MessageDraft} until
 * RopSaveChangesMessage stores them.
 */
public final class MessageObject implements ServerObject {
    /** mfRead | mfUnsent: what a message a client creates starts with, [MS-OXCMSG] 2.2.1.6. */
    static final int NEW_MESSAGE_FLAGS = 0x01 | 0x08;

    private final LogonObject logon;
    private final long folderId;
    private final boolean associated;
    private final ImportStamp imported;
    private final AttachmentObject parent;
    private MessageRecord saved;
    private MessageDraft draft;

    /**
     * The version an ICS upload gives the message, the collector whose state records the save and, for a new
     * message, the PidTagSourceKey the client chose for it (null when the key is the server's own).
     */
    public record ImportStamp(CollectorObject collector, ChangeVersion version, byte[] clientSourceKey) {
    }

    public MessageObject(LogonObject logon, MessageRecord message) {
        this.logon = Objects.requireNonNull(logon, "logon");
        this.saved = Objects.requireNonNull(message, "message");
        this.folderId = message.fid();
        this.associated = message.state().associated();
        this.imported = null;
        this.parent = null;
    }

    private MessageObject(LogonObject logon, long folderId, boolean associated) {
        this.logon = logon;
        this.folderId = folderId;
        this.associated = associated;
        this.imported = null;
        this.parent = null;
        this.draft = newDraft();
    }

    private MessageObject(AttachmentObject parent, MessageDraft content) {
        this.logon = parent.logon();
        this.folderId = parent.message().folderId();
        this.associated = false;
        this.imported = null;
        this.parent = parent;
        this.draft = content;
    }

    private MessageObject(LogonObject logon, long folderId, MessageRecord existing, boolean associated,
            ImportStamp stamp) {
        this.logon = logon;
        this.folderId = folderId;
        this.associated = associated;
        this.saved = existing;
        this.imported = stamp;
        this.parent = null;
        this.draft = new MessageDraft(List.of(), List.of(), List.of());
    }

    /**
     * A message an ICS upload replaces ({@code existing}) or adds (null), empty until the client sets
     * its content (RopSynchronizationImportMessageChange, [MS-OXCFXICS] 3.2.5.9.4.2).
     */
    public static MessageObject imported(LogonObject logon, long folderId, MessageRecord existing, boolean associated,
            ImportStamp stamp) {
        return new MessageObject(logon, folderId, existing, associated, Objects.requireNonNull(stamp, "stamp"));
    }

    /**
     * The message of an embedded-message attachment (RopOpenEmbeddedMessage, [MS-OXCMSG] 3.2.5.15):
     * {@code content} is what the attachment holds, or null for a new, empty one. Its
     * RopSaveChangesMessage goes into {@code parent}, not the store.
     */
    public static MessageObject embedded(AttachmentObject parent, NewMessage content) {
        Objects.requireNonNull(parent, "parent");
        if (content == null) {
            return new MessageObject(parent, newDraft());
        }
        List<AttachmentRecord> attachments = new ArrayList<>();
        for (int i = 0; i < content.attachments().size(); i++) {
            attachments.add(new AttachmentRecord(i, content.attachments().get(i)));
        }
        return new MessageObject(parent, new MessageDraft(content.properties(), content.recipients(), attachments));
    }

    /** The attachment this embedded message belongs to, or null for a message of a folder. */
    public AttachmentObject parent() {
        return parent;
    }

    private static MessageDraft newDraft() {
        return new MessageDraft(List.of(PropertyValue.of(PidTag.MESSAGE_FLAGS, NEW_MESSAGE_FLAGS),
                PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note")), List.of(), List.of());
    }

    /** The ICS import this message belongs to, or null. */
    public ImportStamp importStamp() {
        return imported;
    }

    /** A new, unsaved message of folder {@code folderId} (RopCreateMessage, [MS-OXCMSG] 3.2.5.2). */
    public static MessageObject created(LogonObject logon, long folderId, boolean associated) {
        return new MessageObject(logon, folderId, associated);
    }

    @Override
    public LogonObject logon() {
        return logon;
    }

    public long folderId() {
        return folderId;
    }

    public boolean associated() {
        return associated;
    }

    /** The stored message as last saved, or null for a message never saved. */
    public MessageRecord message() {
        return saved;
    }

    /** The MID, or 0 for a message never saved. */
    public long messageId() {
        return saved == null ? 0 : saved.mid();
    }

    /** The pending changes, started from the stored message on first use. */
    public MessageDraft draft(MailboxStore store) {
        if (draft == null) {
            List<PropertyValue> props = new ArrayList<>(saved.properties());
            props.add(PropertyValue.of(PidTag.MESSAGE_FLAGS, saved.messageFlags()));
            draft = new MessageDraft(props, store.recipients(logon.mailbox(), saved.mid()),
                    store.attachments(logon.mailbox(), saved.mid()));
        }
        return draft;
    }

    /** The properties as the client sees them now: pending changes included. */
    public PropertySource properties() {
        if (draft == null) {
            return ObjectProperties.message(logon.mailbox(), saved);
        }
        List<PropertyValue> p = new ArrayList<>(draft.properties());
        p.add(PropertyValue.of(PidTag.FOLDER_ID, folderId));
        p.add(PropertyValue.of(PidTag.HAS_ATTACHMENTS, !draft.attachments().isEmpty()));
        if (saved != null) {
            p.add(PropertyValue.of(PidTag.MID, saved.mid()));
        }
        return PropertySource.of(p);
    }

    /** The attachments as the client sees them now. */
    public List<AttachmentRecord> attachments(MailboxStore store) {
        return draft != null ? draft.attachments() : store.attachments(logon.mailbox(), saved.mid());
    }

    /** The recipients as the client sees them now. */
    public List<List<PropertyValue>> recipients(MailboxStore store) {
        return draft != null ? draft.recipients() : store.recipients(logon.mailbox(), saved.mid());
    }

    /** Whether there is anything to save: a new message, or a stored one with changes. */
    public boolean hasChanges() {
        return draft != null;
    }

    /** Records a save: the draft is gone, {@code record} is what is stored. */
    public void saved(MessageRecord record) {
        saved = record;
        draft = null;
    }
}
