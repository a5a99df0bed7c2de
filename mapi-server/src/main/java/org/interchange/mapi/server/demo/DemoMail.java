package org.interchange.mapi.server.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.NewMessage;

/**
 * One demo e-mail built as the property bag of an IPM.Note, [MS-OXOMSG] 2.2 and [MS-OXCMSG] 2.2.1:
 * envelope, plain and optional HTML body, recipients and by-value attachments.
 */
final class DemoMail {
    /** A recipient row: name, address and PidTagRecipientType (1 To, 2 Cc). */
    record Recipient(String name, String email, int type) {
    }

    /** A by-value attachment, [MS-OXCMSG] 2.2.2.9 (afByValue). */
    record Attachment(String fileName, String mimeType, byte[] data) {
    }

    private static final int RECIPIENT_TO = 1;
    private static final int RECIPIENT_CC = 2;
    private static final int ATTACH_BY_VALUE = 1;

    private String prefix = "";
    private String topic;
    private String fromName;
    private String fromEmail;
    private Instant sent;
    private boolean read;
    private String body;
    private String html;
    private final List<Recipient> recipients = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();

    DemoMail(String topic) {
        this.topic = topic;
    }

    DemoMail reply() {
        prefix = "RE: ";
        return this;
    }

    DemoMail from(String name, String email) {
        fromName = name;
        fromEmail = email;
        return this;
    }

    DemoMail to(String name, String email) {
        recipients.add(new Recipient(name, email, RECIPIENT_TO));
        return this;
    }

    DemoMail cc(String name, String email) {
        recipients.add(new Recipient(name, email, RECIPIENT_CC));
        return this;
    }

    DemoMail sent(Instant when) {
        sent = when;
        return this;
    }

    DemoMail read(boolean isRead) {
        read = isRead;
        return this;
    }

    Instant sentAt() {
        return sent;
    }

    boolean isRead() {
        return read;
    }

    DemoMail body(String text) {
        body = text;
        return this;
    }

    DemoMail html(String markup) {
        html = markup;
        return this;
    }

    DemoMail attach(String fileName, String mimeType, byte[] data) {
        attachments.add(new Attachment(fileName, mimeType, data));
        return this;
    }

    NewMessage build(int sequence) {
        List<PropertyValue> p = new ArrayList<>();
        p.add(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"));
        p.add(PropertyValue.of(PidTag.SUBJECT, prefix + topic));
        p.add(PropertyValue.of(PidTag.SUBJECT_PREFIX, prefix));
        p.add(PropertyValue.of(PidTag.NORMALIZED_SUBJECT, topic));
        p.add(PropertyValue.of(PidTag.CONVERSATION_TOPIC, topic));
        p.add(PropertyValue.of(PidTag.SENDER_NAME, fromName));
        p.add(PropertyValue.of(PidTag.SENDER_EMAIL_ADDRESS, fromEmail));
        p.add(PropertyValue.of(PidTag.SENDER_ADDRESS_TYPE, "SMTP"));
        p.add(PropertyValue.of(PidTag.SENT_REPRESENTING_NAME, fromName));
        p.add(PropertyValue.of(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS, fromEmail));
        p.add(PropertyValue.of(PidTag.DISPLAY_TO, names(RECIPIENT_TO)));
        p.add(PropertyValue.of(PidTag.DISPLAY_CC, names(RECIPIENT_CC)));
        p.add(PropertyValue.of(PidTag.CLIENT_SUBMIT_TIME, sent));
        p.add(PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, sent.plusSeconds(3)));
        p.add(PropertyValue.of(PidTag.CREATION_TIME, sent.plusSeconds(3)));
        p.add(PropertyValue.of(PidTag.LAST_MODIFICATION_TIME, sent.plusSeconds(3)));
        p.add(PropertyValue.of(PidTag.IMPORTANCE, 1));
        p.add(PropertyValue.of(PidTag.MESSAGE_FLAGS, read ? PidTag.MSGFLAG_READ : 0));
        p.add(PropertyValue.of(PidTag.INTERNET_MESSAGE_ID, String.format(Locale.ROOT, "<%d.%08x@%s>",
                sent.getEpochSecond(), sequence, fromEmail.substring(fromEmail.indexOf('@') + 1))));
        p.add(PropertyValue.of(PidTag.BODY, body));
        if (html != null) {
            p.add(PropertyValue.of(PidTag.HTML, html.getBytes(StandardCharsets.UTF_8)));
        }
        List<List<PropertyValue>> rows = recipients.stream().map(r -> List.of(
                PropertyValue.of(PidTag.DISPLAY_NAME, r.name()),
                PropertyValue.of(PidTag.EMAIL_ADDRESS, r.email()),
                PropertyValue.of(PidTag.ADDRESS_TYPE, "SMTP"),
                PropertyValue.of(PidTag.RECIPIENT_TYPE, r.type()))).toList();
        List<List<PropertyValue>> files = attachments.stream().map(a -> List.of(
                PropertyValue.of(PidTag.ATTACH_METHOD, ATTACH_BY_VALUE),
                PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, a.fileName()),
                PropertyValue.of(PidTag.ATTACH_FILENAME, a.fileName()),
                PropertyValue.of(PidTag.ATTACH_EXTENSION, a.fileName().substring(a.fileName().lastIndexOf('.'))),
                PropertyValue.of(PidTag.DISPLAY_NAME, a.fileName()),
                PropertyValue.of(PidTag.ATTACH_MIME_TAG, a.mimeType()),
                PropertyValue.of(PidTag.ATTACH_SIZE, a.data().length),
                PropertyValue.of(PidTag.RENDERING_POSITION, -1),
                PropertyValue.of(PidTag.ATTACH_DATA_BINARY, a.data()))).toList();
        return new NewMessage(p, rows, files);
    }

    private String names(int type) {
        return String.join("; ", recipients.stream().filter(r -> r.type() == type).map(Recipient::name).toList());
    }
}
