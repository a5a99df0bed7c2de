package org.interchange.plugin.mapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.mapi.client.MapiMessage;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.write.AttachmentSpec;
import org.interchange.mapi.client.write.MessageSpec;
import org.interchange.mapi.client.write.RecipientSpec;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.KnownNamedProperties;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * The whole message an edit uploads. An ICS upload replaces the message: the server purges every property and
 * subobject the client can set before the client writes the new version ([MS-OXCFXICS] 3.2.5.9.4.2), so what the
 * edit does not send is lost. The server's current version is read whole ([MS-OXCMSG] 3.1.4.1) and sent again,
 * except the parts the edit changed ({@link MappedGroups}: a part whose cached value differs from what the server's
 * version maps to), which are written as {@link ItemProperties} makes them (a cleared part is left out, so it is
 * removed), and the properties the server keeps itself (ids, keys, sizes, computed values). So categories, meeting
 * ids, flags, follow-ups and any property the cache does not map stay as they are, and so do the recipients the
 * cache does not hold ({@link KeptRecipients}) and the attachments it does not hold ({@link KeptAttachments}: embedded
 * messages, OLE objects, attachments by reference, each with all its properties); the by-value files are the cache's,
 * with the server's further properties of those it still has ({@link KeptFileProperties}). A message synced without
 * its body and files keeps the server's body and every attachment.
 */
final class EditMerge {
    /** Properties the server maintains: ids, keys, versions, sizes, computed values ([MS-OXCMSG] 2.2.1). */
    private static final Set<Integer> SERVER_MAINTAINED = Set.of(PidTag.MID.id(), PidTag.FOLDER_ID.id(),
            PidTag.PARENT_FOLDER_ID.id(), PidTag.ENTRY_ID.id(), PidTag.INSTANCE_KEY.id(), PidTag.RECORD_KEY.id(),
            PidTag.SOURCE_KEY.id(), PidTag.CHANGE_KEY.id(), PidTag.CHANGE_NUMBER.id(), 0x65E3 /* PCL */,
            0x65E1 /* PidTagParentSourceKey */, 0x0E09 /* PidTagParentEntryId */, 0x0FFB /* PidTagStoreEntryId */,
            PidTag.STORE_RECORD_KEY.id(), PidTag.STORE_SUPPORT_MASK.id(), 0x0FF8 /* PidTagMappingSignature */,
            PidTag.OBJECT_TYPE.id(), 0x0FF4 /* PidTagAccess */, 0x0FF7 /* PidTagAccessLevel */,
            PidTag.LAST_MODIFICATION_TIME.id(), 0x6709 /* PidTagLocalCommitTime */, PidTag.MESSAGE_SIZE.id(),
            PidTag.HAS_ATTACHMENTS.id(), PidTag.MESSAGE_STATUS.id(), PidTag.DISPLAY_TO.id(), PidTag.DISPLAY_CC.id(),
            PidTag.DISPLAY_BCC.id(), PidTag.NORMALIZED_SUBJECT.id(), 0x1016 /* PidTagNativeBody */,
            0x3013 /* PidTagConversationId */, 0x664A /* PidTagHasNamedProperties */);

    private EditMerge() {
    }

    /** The message to upload for the edit {@code item} of message {@code messageId} of folder {@code folderId}. */
    static MessageSpec of(MapiSession session, RemoteItem item, long folderId, long messageId) {
        session.resolveNamedProperties(KnownNamedProperties.lids(), KnownNamedProperties.names(), false);
        NamedPropertyIds ids = ItemProperties.ids(session, item);
        MessageSpec edit = ItemProperties.spec(item, ids);
        MapiMessage opened;
        try {
            opened = session.openMessage(folderId, messageId);
        } catch (MapiOperationException e) {
            if (e.errorCode() == ChangeUpload.NOT_FOUND) {
                return edit; // gone from the folder: the import answers so, and nothing is left to keep
            }
            throw e;
        }
        try (MapiMessage current = opened) {
            PropertyBag server = current.wholeProperties();
            MessageBodies bodies = MessageBodies.of(server);
            RemoteItem mapped = ItemMapper.map(item.kind(), new ItemMapper.MessageContent(item.serverId(),
                    item.revision(), server, bodies.text(), bodies.html(), List.of()));
            boolean headersOnly = "true".equals(item.fields().get(ItemFields.BODY_NOT_DOWNLOADED));
            Set<Integer> owned = owned(headersOnly ? withBodyOf(item, mapped) : item, mapped, ids, edit);
            List<PropertyValue> values = new ArrayList<>();
            edit.properties().stream().filter(v -> owned.contains(v.tag().id())).forEach(values::add);
            values.addAll(kept(server, owned));
            List<RecipientSpec> recipients = keepsRecipients(item, edit) ? KeptRecipients.of(current)
                    : edit.recipients();
            List<AttachmentSpec> attachments = new ArrayList<>();
            if (headersOnly) {
                attachments.addAll(KeptAttachments.all(current, item.kind()));
            } else {
                attachments.addAll(KeptFileProperties.of(current, edit.attachments()));
                attachments.addAll(KeptAttachments.of(current, item.kind()));
            }
            return new MessageSpec(values, recipients, attachments, edit.associated());
        }
    }

    /**
     * {@code item} with the body of {@code server}: an item synced without its body ({@link
     * ItemFields#BODY_NOT_DOWNLOADED}) did not change it, so the server's body and files are kept as they are.
     */
    private static RemoteItem withBodyOf(RemoteItem item, RemoteItem server) {
        return new RemoteItem(item.serverId(), item.revision(), item.kind(), item.subject(), item.sender(),
                item.recipients(), item.date(), item.endDate(), item.size(), item.read(), item.flagged(),
                server.bodyText(), server.bodyHtml(), item.fields(), item.attachments(), item.payload());
    }

    /** The values of {@code server} to send again: all but {@code owned} ones and those the server maintains. */
    static List<PropertyValue> kept(PropertyBag server, Set<Integer> owned) {
        List<PropertyValue> values = new ArrayList<>();
        for (PropertyValue v : server.values()) {
            int id = v.tag().id();
            if (!owned.contains(id) && !SERVER_MAINTAINED.contains(id)) {
                values.add(id == PidTag.MESSAGE_FLAGS.id()
                        ? PropertyValue.of(PidTag.MESSAGE_FLAGS, v.asInt() & ~PidTag.MSGFLAG_HASATTACH) : v);
            }
        }
        return values;
    }

    /** The ids the edit writes: those of the groups whose part it changed, and any the mapping writes outside them. */
    private static Set<Integer> owned(RemoteItem item, RemoteItem server, NamedPropertyIds ids, MessageSpec edit) {
        Set<Integer> owned = new HashSet<>();
        Set<Integer> grouped = new HashSet<>();
        for (MappedGroups.Group g : MappedGroups.of(item.kind())) {
            Set<Integer> groupIds = g.ids(ids);
            grouped.addAll(groupIds);
            if (g.changed(item, server)) {
                owned.addAll(groupIds);
            }
        }
        edit.properties().stream().map(v -> v.tag().id()).filter(id -> !grouped.contains(id)).forEach(owned::add);
        return owned;
    }

    /** Whether the cache holds no recipients of the item: not for mail with any To, Cc or Bcc field. */
    private static boolean keepsRecipients(RemoteItem item, MessageSpec edit) {
        if (!edit.recipients().isEmpty()) {
            return false;
        }
        return item.kind() != ItemKind.MAIL || Stream.of(ItemFields.TO, ItemFields.CC, ItemFields.BCC)
                .noneMatch(item.fields()::containsKey);
    }
}
