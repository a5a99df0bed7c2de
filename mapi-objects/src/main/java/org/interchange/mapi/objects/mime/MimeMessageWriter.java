package org.interchange.mapi.objects.mime;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.rtf.CompressedRtf;
import org.interchange.mapi.objects.rtf.RtfHtmlExtractor;
import org.interchange.mapi.objects.rtf.RtfTextExtractor;

/**
 * Converts a message object to MIME, [MS-OXCMAIL] 2.2 (the reverse of {@link MimeMessageReader}):
 * originator and recipients, Date, Subject, Message-ID, In-Reply-To, References, Importance (and
 * X-Priority), Sensitivity; plain and HTML bodies as multipart/alternative, the HTML taken from
 * PidTagRtfCompressed when only that holds it; hidden attachments with a Content-ID inline in
 * multipart/related; the other by-value attachments and embedded messages (as message/rfc822) in
 * multipart/mixed (OLE and reference attachments are not written); PidNameKeywords as Keywords and
 * the read flag as "Status: RO". Headers and bodies are UTF-8, headers as RFC 2047 encoded words.
 */
public final class MimeMessageWriter {
    private static final int ATTACH_BY_VALUE = 1;
    private static final int ATTACH_EMBEDDED_MESSAGE = 5;
    private static final String UTF8 = "UTF-8";

    static {
        MailSessions.preferAngusStreamProvider();
    }

    private MimeMessageWriter() {
    }

    /** The message as RFC 5322 bytes, as in an .eml file. */
    public static byte[] toEml(MapiMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            toMime(message).writeTo(out);
            return out.toByteArray();
        } catch (IOException | MessagingException e) {
            throw new MimeConversionException("cannot write the message: " + e.getMessage(), e);
        }
    }

    public static MimeMessage toMime(MapiMessage message) {
        try {
            return build(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MimeConversionException("cannot convert the message: " + e.getMessage(), e);
        }
    }

    private static MimeMessage build(MapiMessage m) throws MessagingException, UnsupportedEncodingException {
        PropertyBag p = m.properties();
        String messageId = p.string(PidTag.INTERNET_MESSAGE_ID);
        InternetAddress from = address(p.string(PidTag.SENT_REPRESENTING_NAME),
                smtp(p, PidTag.SENT_REPRESENTING_SMTP_ADDRESS, PidTag.SENT_REPRESENTING_EMAIL_ADDRESS,
                        PidTag.SENT_REPRESENTING_ADDRESS_TYPE));
        InternetAddress sender = address(p.string(PidTag.SENDER_NAME),
                smtp(p, PidTag.SENDER_SMTP_ADDRESS, PidTag.SENDER_EMAIL_ADDRESS, PidTag.SENDER_ADDRESS_TYPE));
        if (from == null) {
            from = sender;
        }
        MimeMessage mime = new KeptIdMessage(MailSessions.WRITING,
                messageId != null ? messageId : newMessageId(from));
        if (from != null) {
            mime.setFrom(from);
        }
        if (sender != null && !sender.getAddress().equalsIgnoreCase(from.getAddress())) {
            mime.setSender(sender);
        }
        recipients(mime, m.recipients());
        Instant date = p.time(PidTag.CLIENT_SUBMIT_TIME);
        if (date == null) {
            date = p.time(PidTag.MESSAGE_DELIVERY_TIME);
        }
        if (date != null) {
            mime.setSentDate(Date.from(date));
        }
        String subject = p.string(PidTag.SUBJECT);
        if (subject == null && p.string(PidTag.NORMALIZED_SUBJECT) != null) {
            String prefix = p.string(PidTag.SUBJECT_PREFIX);
            subject = (prefix == null ? "" : prefix) + p.string(PidTag.NORMALIZED_SUBJECT);
        }
        if (subject != null) {
            mime.setSubject(subject, UTF8);
        }
        header(mime, "In-Reply-To", p.string(PidTag.IN_REPLY_TO_ID));
        header(mime, "References", p.string(PidTag.INTERNET_REFERENCES));
        p.get(PidTag.IMPORTANCE).ifPresent(v -> {
            header(mime, "Importance", MailHeaderValues.importanceHeader(v.asInt()));
            header(mime, "X-Priority", MailHeaderValues.xPriorityHeader(v.asInt()));
        });
        p.get(PidTag.SENSITIVITY).ifPresent(v -> header(mime, "Sensitivity",
                MailHeaderValues.sensitivityHeader(v.asInt())));
        List<String> keywords = p.strings(PidName.KEYWORDS);
        if (!keywords.isEmpty()) {
            header(mime, "Keywords", String.join(", ", keywords));
        }
        if ((p.number(PidTag.MESSAGE_FLAGS, 0) & PidTag.MSGFLAG_READ) != 0) {
            header(mime, "Status", "RO");
        }
        body(mime, p, m);
        mime.saveChanges();
        return mime;
    }

    private static void body(MimeMessage mime, PropertyBag p, MapiMessage m) throws MessagingException {
        String html = html(p);
        String text = p.string(PidTag.BODY) != null || html != null ? p.string(PidTag.BODY)
                : textFromRtf(p.bytes(PidTag.RTF_COMPRESSED));
        List<PropertyBag> inline = new ArrayList<>();
        List<PropertyBag> regular = new ArrayList<>();
        List<MimeBodyPart> messages = new ArrayList<>();
        for (int i = 0; i < m.attachments().size(); i++) {
            PropertyBag a = m.attachments().get(i);
            long method = a.number(PidTag.ATTACH_METHOD, ATTACH_BY_VALUE);
            if (method == ATTACH_EMBEDDED_MESSAGE && m.embedded().containsKey(i)) {
                messages.add(embedded(a, m.embedded().get(i)));
                continue;
            }
            if (method != ATTACH_BY_VALUE || a.bytes(PidTag.ATTACH_DATA_BINARY) == null) {
                continue;
            }
            boolean isInline = html != null && a.flag(PidTag.ATTACHMENT_HIDDEN)
                    && a.string(PidTag.ATTACH_CONTENT_ID) != null;
            (isInline ? inline : regular).add(a);
        }
        MimeMultipart top = null;
        if (text != null && html != null) {
            top = new MimeMultipart("alternative");
            top.addBodyPart(textPart(text, "plain"));
            top.addBodyPart(textPart(html, "html"));
        }
        if (!inline.isEmpty()) {
            MimeMultipart related = new MimeMultipart("related");
            related.addBodyPart(top != null ? wrap(top) : textPart(html, "html"));
            for (PropertyBag a : inline) {
                related.addBodyPart(attachment(a, true));
            }
            top = related;
        }
        if (!regular.isEmpty() || !messages.isEmpty()) {
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(top != null ? wrap(top) : singleText(text, html));
            for (PropertyBag a : regular) {
                mixed.addBodyPart(attachment(a, false));
            }
            for (MimeBodyPart message : messages) {
                mixed.addBodyPart(message);
            }
            top = mixed;
        }
        if (top != null) {
            mime.setContent(top);
        } else if (html != null) {
            mime.setText(html, UTF8, "html");
        } else {
            mime.setText(text == null ? "" : text, UTF8, "plain");
        }
    }

    private static MimeBodyPart wrap(MimeMultipart multipart) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(multipart);
        return part;
    }

    private static MimeBodyPart singleText(String text, String html) throws MessagingException {
        return html != null ? textPart(html, "html") : textPart(text == null ? "" : text, "plain");
    }

    private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, UTF8, subtype);
        return part;
    }

    private static MimeBodyPart attachment(PropertyBag a, boolean inline) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        String type = a.string(PidTag.ATTACH_MIME_TAG);
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.bytes(PidTag.ATTACH_DATA_BINARY),
                type == null ? "application/octet-stream" : type)));
        String name = a.string(PidTag.ATTACH_LONG_FILENAME);
        if (name == null) {
            name = a.string(PidTag.ATTACH_FILENAME);
        }
        part.setDisposition(inline ? MimeBodyPart.INLINE : MimeBodyPart.ATTACHMENT);
        if (name != null) {
            part.setFileName(name);
        }
        String cid = a.string(PidTag.ATTACH_CONTENT_ID);
        if (cid != null) {
            part.setContentID("<" + cid + ">");
        }
        return part;
    }

    /** An embedded message as a message/rfc822 part, [MS-OXCMAIL] 2.2.3.3.2. */
    private static MimeBodyPart embedded(PropertyBag a, MapiMessage message) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(build0(message), "message/rfc822");
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        String name = a.string(PidTag.ATTACH_LONG_FILENAME);
        if (name == null) {
            String subject = message.properties().string(PidTag.SUBJECT);
            name = (subject == null || subject.isBlank() ? "message" : subject) + ".eml";
        }
        part.setFileName(name);
        return part;
    }

    private static MimeMessage build0(MapiMessage message) throws MessagingException {
        try {
            return build(message);
        } catch (UnsupportedEncodingException e) {
            throw new MimeConversionException("cannot convert the embedded message: " + e.getMessage(), e);
        }
    }

    /**
     * PidTagHtml decoded with PidTagInternetCodepage (UTF-8 when absent); failing that, the HTML
     * encapsulated in PidTagRtfCompressed ([MS-OXCMAIL] 2.2.3.4.1, [MS-OXRTFEX] 2.1.3).
     */
    private static String html(PropertyBag p) {
        byte[] html = p.bytes(PidTag.HTML);
        if (html == null) {
            return htmlFromRtf(p.bytes(PidTag.RTF_COMPRESSED));
        }
        long codepage = p.number(PidTag.INTERNET_CODEPAGE, 65001);
        Charset charset = StandardCharsets.UTF_8;
        if (codepage != 65001) {
            String javaName = MimeUtility.javaCharset("windows-" + codepage);
            if (Charset.isSupported(javaName)) {
                charset = Charset.forName(javaName);
            } else if (Charset.isSupported("cp" + codepage)) {
                charset = Charset.forName("cp" + codepage);
            }
        }
        return new String(html, charset);
    }

    private static String htmlFromRtf(byte[] compressed) {
        if (compressed == null) {
            return null;
        }
        try {
            byte[] rtf = CompressedRtf.decompress(compressed);
            return RtfHtmlExtractor.isEncapsulatedHtml(rtf) ? RtfHtmlExtractor.extract(rtf) : null;
        } catch (MapiCodecException e) {
            throw new MimeConversionException("PidTagRtfCompressed: " + e.getMessage(), e);
        }
    }

    /** The text of RTF not made from HTML, for a message whose only body is PidTagRtfCompressed. */
    private static String textFromRtf(byte[] compressed) {
        if (compressed == null) {
            return null;
        }
        try {
            return RtfTextExtractor.extract(CompressedRtf.decompress(compressed));
        } catch (MapiCodecException e) {
            throw new MimeConversionException("PidTagRtfCompressed: " + e.getMessage(), e);
        }
    }

    private static void recipients(MimeMessage mime, List<PropertyBag> recipients)
            throws MessagingException, UnsupportedEncodingException {
        for (PropertyBag r : recipients) {
            InternetAddress a = address(r.string(PidTag.DISPLAY_NAME),
                    smtp(r, PidTag.SMTP_ADDRESS, PidTag.EMAIL_ADDRESS, PidTag.ADDRESS_TYPE));
            if (a == null) {
                continue;
            }
            Message.RecipientType type = switch ((int) r.number(PidTag.RECIPIENT_TYPE, 1)) {
                case 2 -> Message.RecipientType.CC;
                case 3 -> Message.RecipientType.BCC;
                default -> Message.RecipientType.TO;
            };
            mime.addRecipient(type, a);
        }
    }

    /** The SMTP address: the SMTP-address property, else the e-mail address if its type is SMTP. */
    private static String smtp(PropertyBag p, PropertyTag smtpTag, PropertyTag emailTag, PropertyTag typeTag) {
        String smtp = p.string(smtpTag);
        if (smtp != null && !smtp.isBlank()) {
            return smtp;
        }
        String type = p.string(typeTag);
        String email = p.string(emailTag);
        return email != null && (type == null || type.equalsIgnoreCase("SMTP")) && email.contains("@") ? email : null;
    }

    private static InternetAddress address(String name, String smtp) throws UnsupportedEncodingException {
        if (smtp == null) {
            return null;
        }
        try {
            InternetAddress a = new InternetAddress(smtp, true);
            if (name != null && !name.equals(smtp)) {
                a.setPersonal(name, UTF8);
            }
            return a;
        } catch (AddressException e) {
            throw new MimeConversionException("not an e-mail address: " + smtp, e);
        }
    }

    private static void header(MimeMessage mime, String name, String value) {
        if (value == null) {
            return;
        }
        try {
            mime.setHeader(name, MimeUtility.fold(name.length() + 2, value));
        } catch (MessagingException e) {
            throw new MimeConversionException("cannot set " + name + ": " + e.getMessage(), e);
        }
    }

    /** A new Message-ID in the originator's domain, made without a host name lookup. */
    private static String newMessageId(InternetAddress from) {
        String address = from == null ? "" : from.getAddress();
        String domain = address.contains("@") ? address.substring(address.lastIndexOf('@') + 1) : "interchange.invalid";
        return "<" + UUID.randomUUID() + "@" + domain + ">";
    }

    /** Writes the Message-ID chosen above instead of Jakarta Mail's, which looks up the local host name. */
    private static final class KeptIdMessage extends MimeMessage {
        private final String messageId;

        KeptIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
