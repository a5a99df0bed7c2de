package org.interchange.mapi.server.rop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.AttachmentRecord;
import org.interchange.mapi.server.store.FolderCounts;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;

/**
 * The properties the server computes for stores, folders, messages and attachments
 * ([MS-OXCSTOR] 2.2.2, [MS-OXCFOLD] 2.2.2.2, [MS-OXCMSG] 2.2.1 and 2.2.2), merged with what is stored.
 */
public final class ObjectProperties {
    private static final int FOLDER_ROOT = 0;
    private static final int FOLDER_GENERIC = 1;
    private static final int MAPI_ATTACH = 7;
    /** ENTRYID_UNIQUE | READONLY | ATTACH_OK | MV_PROPS_OK | HTML_OK | ANSI_OK | UNICODE_OK, [MS-OXCSTOR] 2.2.2.1.1.1. */
    private static final int STORE_SUPPORT_MASK = 0x00070223;
    /** PidTagHasRules, [MS-OXORULE] 2.2.8.1: TRUE when rules are set on the folder. */
    static final PropertyTag HAS_RULES = PropertyTag.of(0x663A, PropertyType.BOOLEAN);
    private static final Map<SpecialFolder, PropertyTag> SPECIAL_ENTRY_IDS = Map.of(
            SpecialFolder.CALENDAR, PidTag.IPM_APPOINTMENT_ENTRY_ID, SpecialFolder.CONTACTS, PidTag.IPM_CONTACT_ENTRY_ID,
            SpecialFolder.JOURNAL, PidTag.IPM_JOURNAL_ENTRY_ID, SpecialFolder.NOTES, PidTag.IPM_NOTE_ENTRY_ID,
            SpecialFolder.TASKS, PidTag.IPM_TASK_ENTRY_ID, SpecialFolder.DRAFTS, PidTag.IPM_DRAFTS_ENTRY_ID);

    private ObjectProperties() {
    }

    /** The store (logon) object, [MS-OXCSTOR] 2.2.2.1. */
    public static PropertySource logon(Mailbox mailbox) {
        byte[] recordKey = new ByteWriter(16).guid(mailbox.mailboxGuid()).toByteArray();
        return PropertySource.of(List.of(
                PropertyValue.of(PidTag.DISPLAY_NAME, "Mailbox - " + mailbox.displayName()),
                PropertyValue.of(PidTag.MAILBOX_OWNER_NAME, mailbox.displayName()),
                PropertyValue.of(PidTag.STORE_SUPPORT_MASK, STORE_SUPPORT_MASK),
                PropertyValue.of(PidTag.STORE_RECORD_KEY, recordKey),
                PropertyValue.of(PidTag.RECORD_KEY, recordKey)));
    }

    /** A folder; {@code depth} is the PidTagDepth of a hierarchy-table row, or -1 outside tables. */
    public static PropertySource folder(MailboxStore store, Mailbox mailbox, FolderRecord f, int depth) {
        FolderCounts counts = store.counts(mailbox, f.fid());
        List<PropertyValue> p = new ArrayList<>();
        p.add(PropertyValue.of(PidTag.FOLDER_ID, f.fid()));
        p.add(PropertyValue.of(PidTag.PARENT_FOLDER_ID, f.parentFid()));
        p.add(PropertyValue.of(PidTag.DISPLAY_NAME, f.displayName()));
        if (f.containerClass() != null) {
            p.add(PropertyValue.of(PidTag.CONTAINER_CLASS, f.containerClass()));
        }
        p.add(PropertyValue.of(PidTag.CONTENT_COUNT, counts.total()));
        p.add(PropertyValue.of(PidTag.CONTENT_UNREAD_COUNT, counts.unread()));
        p.add(PropertyValue.of(PidTag.SUBFOLDERS, counts.subfolders() > 0));
        p.add(PropertyValue.of(HAS_RULES, !store.rules(mailbox, f.fid()).isEmpty()));
        p.add(PropertyValue.of(PidTag.FOLDER_TYPE, f.parentFid() == 0 ? FOLDER_ROOT : FOLDER_GENERIC));
        p.add(PropertyValue.of(PidTag.CHANGE_NUMBER, f.changeNumber()));
        p.add(PropertyValue.of(PidTag.CREATION_TIME, f.created()));
        p.add(PropertyValue.of(PidTag.LAST_MODIFICATION_TIME, f.modified()));
        p.add(PropertyValue.of(PidTag.ENTRY_ID, EntryIds.folder(mailbox, f.fid())));
        p.add(PropertyValue.of(PidTag.SOURCE_KEY, EntryIds.sourceKey(mailbox, f.fid())));
        p.add(PropertyValue.of(PidTag.INSTANCE_KEY, new ByteWriter(8).i64(f.fid()).toByteArray()));
        if (depth >= 0) {
            p.add(PropertyValue.of(PidTag.DEPTH, depth));
        }
        if (f.fid() == mailbox.folderId(SpecialFolder.ROOT) || f.fid() == mailbox.folderId(SpecialFolder.INBOX)) {
            SPECIAL_ENTRY_IDS.forEach((special, tag) ->
                    p.add(PropertyValue.of(tag, EntryIds.folder(mailbox, mailbox.folderId(special)))));
        }
        return PropertySource.of(p);
    }

    /** A message: its stored bag plus ids, flags, size and keys. */
    public static PropertySource message(Mailbox mailbox, MessageRecord m) {
        List<PropertyValue> p = new ArrayList<>(m.properties());
        int flags = m.messageFlags() | (m.hasAttachments() ? PidTag.MSGFLAG_HASATTACH : 0);
        p.add(PropertyValue.of(PidTag.MID, m.mid()));
        p.add(PropertyValue.of(PidTag.FOLDER_ID, m.fid()));
        p.add(PropertyValue.of(PidTag.MESSAGE_FLAGS, flags));
        p.add(PropertyValue.of(PidTag.MESSAGE_SIZE, m.size()));
        p.add(PropertyValue.of(PidTag.HAS_ATTACHMENTS, m.hasAttachments()));
        p.add(PropertyValue.of(PidTag.CHANGE_NUMBER, m.changeNumber()));
        p.add(PropertyValue.of(PidTag.ENTRY_ID, EntryIds.message(mailbox, m.fid(), m.mid())));
        p.add(PropertyValue.of(PidTag.SOURCE_KEY, EntryIds.sourceKey(mailbox, m.mid())));
        p.add(PropertyValue.of(PidTag.INSTANCE_KEY, new ByteWriter(8).i64(m.mid()).toByteArray()));
        return PropertySource.of(p);
    }

    /** An attachment: its stored bag plus number, object type and instance key. */
    public static PropertySource attachment(AttachmentRecord a) {
        List<PropertyValue> p = new ArrayList<>(a.properties());
        p.add(PropertyValue.of(PidTag.ATTACH_NUMBER, a.attachNumber()));
        p.add(PropertyValue.of(PidTag.OBJECT_TYPE, MAPI_ATTACH));
        p.add(PropertyValue.of(PidTag.INSTANCE_KEY, new ByteWriter(4).i32(a.attachNumber()).toByteArray()));
        return PropertySource.of(p);
    }

    /** The properties of any server object that has properties. */
    public static PropertySource of(MailboxStore store, ServerObject object) {
        Mailbox mailbox = object.logon().mailbox();
        return switch (object) {
            case LogonObject l -> logon(mailbox);
            case FolderObject f -> folder(store, mailbox, f.folder(), -1);
            case MessageObject m -> m.properties();
            case AttachmentObject a -> attachment(a.attachment());
            case TableObject t -> throw new RopFailure(RopErrors.NOT_SUPPORTED, "tables have no properties");
            case StreamObject s -> throw new RopFailure(RopErrors.NOT_SUPPORTED, "streams have no properties");
            case SyncContextObject s -> throw new RopFailure(RopErrors.NOT_SUPPORTED, "sync contexts have no properties");
            case FastTransferSourceObject s -> throw new RopFailure(RopErrors.NOT_SUPPORTED,
                    "FastTransfer contexts have no properties");
            case CollectorObject c -> throw new RopFailure(RopErrors.NOT_SUPPORTED, "collectors have no properties");
            case SubscriptionObject n -> throw new RopFailure(RopErrors.NOT_SUPPORTED, "subscriptions have no properties");
        };
    }
}
