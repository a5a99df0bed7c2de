package org.interchange.mapi.server.rop.oxomsg;

import org.interchange.mapi.codec.rop.NotificationData;
import org.interchange.mapi.server.rop.NotificationHub;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.AttachmentRecord;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.SpecialFolder;

/**
 * Delivers a submitted message, [MS-OXOMSG] 3.2.5.1: a copy, unread, to the Inbox of every recipient
 * who has a mailbox on this server (by PidTagSmtpAddress or PidTagEmailAddress), then the sender's
 * message moves to Sent Items, sent and read, with PidTagClientSubmitTime and the sender properties.
 * Recipients elsewhere are returned for a mail gateway to relay.
 */
public final class LocalDelivery {
    private static final int MSGFLAG_READ = 0x0001;
    private static final int MSGFLAG_UNSENT = 0x0008;

    private LocalDelivery() {
    }

    /** Delivers and returns the addresses of the recipients that are not users of this server. */
    public static List<String> deliver(MailboxStore store, NotificationHub notifications, Mailbox sender,
            MessageRecord message, Instant now) {
        List<List<PropertyValue>> recipients = store.recipients(sender, message.mid());
        List<AttachmentRecord> attachments = store.attachments(sender, message.mid());
        List<PropertyValue> sent = withSender(message.properties(), sender, now);
        Map<Long, Mailbox> local = new LinkedHashMap<>();
        List<String> remote = new ArrayList<>();
        for (List<PropertyValue> recipient : recipients) {
            Optional<String> address = address(recipient);
            if (address.isEmpty()) {
                continue;
            }
            Optional<Mailbox> target = store.findMailboxByAddress(address.get());
            if (target.isPresent()) {
                local.putIfAbsent(target.get().id(), target.get());
            } else {
                remote.add(address.get());
            }
        }
        List<List<PropertyValue>> attachmentBags = attachments.stream().map(AttachmentRecord::properties).toList();
        for (Mailbox target : local.values()) {
            List<PropertyValue> delivered = new ArrayList<>(sent);
            delivered.add(PropertyValue.of(PidTag.MESSAGE_FLAGS, 0));
            MessageRecord arrived = store.saveMessage(target, target.folderId(SpecialFolder.INBOX), 0,
                    new NewMessage(delivered, recipients, attachmentBags), false, null);
            notifications.messageEvent(target, NotificationData.OBJECT_CREATED, arrived.fid(), arrived.mid());
            notifications.newMail(target, arrived.fid(), arrived.mid(), arrived.messageFlags(), messageClass(message));
        }
        List<PropertyValue> own = new ArrayList<>(sent);
        own.add(PropertyValue.of(PidTag.MESSAGE_FLAGS, (message.messageFlags() | MSGFLAG_READ) & ~MSGFLAG_UNSENT));
        MessageRecord filed = store.saveMessage(sender, sender.folderId(SpecialFolder.SENT_ITEMS), 0,
                new NewMessage(own, recipients, attachmentBags), false, null);
        store.deleteMessages(sender, message.fid(), List.of(message.mid()));
        notifications.messageEvent(sender, NotificationData.OBJECT_CREATED, filed.fid(), filed.mid());
        notifications.messageEvent(sender, NotificationData.OBJECT_DELETED, message.fid(), message.mid());
        return remote;
    }

    private static List<PropertyValue> withSender(List<PropertyValue> properties, Mailbox sender, Instant now) {
        Map<Integer, PropertyValue> byId = new LinkedHashMap<>();
        properties.forEach(v -> byId.put(v.tag().id(), v));
        byId.putIfAbsent(PidTag.SENDER_NAME.id(), PropertyValue.of(PidTag.SENDER_NAME, sender.displayName()));
        byId.putIfAbsent(PidTag.SENDER_EMAIL_ADDRESS.id(),
                PropertyValue.of(PidTag.SENDER_EMAIL_ADDRESS, sender.emailAddress()));
        byId.putIfAbsent(PidTag.SENDER_ADDRESS_TYPE.id(), PropertyValue.of(PidTag.SENDER_ADDRESS_TYPE, "SMTP"));
        byId.putIfAbsent(PidTag.SENDER_SMTP_ADDRESS.id(),
                PropertyValue.of(PidTag.SENDER_SMTP_ADDRESS, sender.emailAddress()));
        byId.putIfAbsent(PidTag.SENT_REPRESENTING_NAME.id(),
                PropertyValue.of(PidTag.SENT_REPRESENTING_NAME, sender.displayName()));
        byId.putIfAbsent(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS.id(),
                PropertyValue.of(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS, sender.emailAddress()));
        byId.put(PidTag.CLIENT_SUBMIT_TIME.id(), PropertyValue.of(PidTag.CLIENT_SUBMIT_TIME, now));
        byId.put(PidTag.MESSAGE_DELIVERY_TIME.id(), PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, now));
        return new ArrayList<>(byId.values());
    }

    private static String messageClass(MessageRecord message) {
        return find(message.properties(), PidTag.MESSAGE_CLASS.id()).orElse("IPM.Note");
    }

    private static Optional<String> address(List<PropertyValue> recipient) {
        return find(recipient, PidTag.SMTP_ADDRESS.id()).or(() -> find(recipient, PidTag.EMAIL_ADDRESS.id()))
                .filter(a -> !a.isBlank());
    }

    private static Optional<String> find(List<PropertyValue> values, int id) {
        return values.stream().filter(v -> v.tag().id() == id && v.value() instanceof String).findFirst()
                .map(v -> (String) v.value());
    }
}
