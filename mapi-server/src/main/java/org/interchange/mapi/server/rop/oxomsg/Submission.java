package org.interchange.mapi.server.rop.oxomsg;

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

/**
 * A submitted message as it is sent, [MS-OXOMSG] 3.2.5.1: the stored message with the sender
 * properties filled in from the sender's mailbox (where the client set none), PidTagClientSubmitTime
 * and PidTagMessageDeliveryTime set to the submission time, its recipient rows and attachments, and
 * the recipients' addresses (PidTagSmtpAddress, else PidTagEmailAddress).
 */
record Submission(Mailbox sender, MessageRecord original, List<PropertyValue> properties,
        List<List<PropertyValue>> recipients, List<List<PropertyValue>> attachments, List<String> addresses) {

    static Submission of(MailboxStore store, Mailbox sender, MessageRecord message, Instant now) {
        List<List<PropertyValue>> recipients = store.recipients(sender, message.mid());
        List<List<PropertyValue>> attachments = store.attachments(sender, message.mid()).stream()
                .map(AttachmentRecord::properties).toList();
        List<String> addresses = new ArrayList<>();
        for (List<PropertyValue> recipient : recipients) {
            address(recipient).filter(a -> addresses.stream().noneMatch(a::equalsIgnoreCase)).ifPresent(addresses::add);
        }
        return new Submission(sender, message, withSender(message.properties(), sender, now), recipients, attachments,
                List.copyOf(addresses));
    }

    /** The message class, for new-mail notifications. */
    String messageClass() {
        return find(properties, PidTag.MESSAGE_CLASS.id()).orElse("IPM.Note");
    }

    /** The sent properties with PidTagMessageFlags set to {@code flags}. */
    List<PropertyValue> withFlags(int flags) {
        List<PropertyValue> out = new ArrayList<>(properties.stream()
                .filter(v -> v.tag().id() != PidTag.MESSAGE_FLAGS.id()).toList());
        out.add(PropertyValue.of(PidTag.MESSAGE_FLAGS, flags));
        return out;
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
        byId.putIfAbsent(PidTag.SENT_REPRESENTING_ADDRESS_TYPE.id(),
                PropertyValue.of(PidTag.SENT_REPRESENTING_ADDRESS_TYPE, "SMTP"));
        byId.put(PidTag.CLIENT_SUBMIT_TIME.id(), PropertyValue.of(PidTag.CLIENT_SUBMIT_TIME, now));
        byId.put(PidTag.MESSAGE_DELIVERY_TIME.id(), PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, now));
        return new ArrayList<>(byId.values());
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
