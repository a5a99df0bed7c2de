package org.interchange.mapi.objects.mime;

import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * Converts MIME to a message object, [MS-OXCMAIL] 2.2 and 2.5 (the reverse of
 * {@link MimeMessageWriter}): From, Sender, To, Cc, Bcc, Date, Subject (with prefix), Message-ID,
 * In-Reply-To, References, Importance or X-Priority, Sensitivity, Keywords (PidNameKeywords, when
 * the ids resolve it), Status (read flag) and the whole header as PidTagTransportMessageHeaders;
 * the first plain (format=flowed undone) and HTML texts as the bodies (HTML stored as UTF-8);
 * message/rfc822 parts as embedded-message attachments (at most {@value #MAX_DEPTH} deep);
 * every other leaf part as a by-value attachment, hidden when it is an inline part of
 * multipart/related with a Content-ID. Text in unknown or wrong charsets falls back to
 * windows-1252; structural damage raises a {@link MimeConversionException} naming the part.
 */
public final class MimeMessageReader {
    private static final Charset FALLBACK = Charset.forName("windows-1252");
    private static final int CODEPAGE_UTF8 = 65001;
    static final int MAX_DEPTH = 8;
    private static final int DELIVERED = -1;
    private static final int ATTACH_EMBEDDED_MESSAGE = 5;

    static {
        MailSessions.preferAngusStreamProvider();
    }

    private MimeMessageReader() {
    }

    /**
     * Reads RFC 5322 bytes as delivered mail: named properties are left out, message/rfc822 parts
     * stay by-value attachments (for stores that do not hold embedded messages) and a Status header
     * from the sender does not mark the message read.
     */
    public static MapiMessage readEml(byte[] eml) {
        return readEml(eml, NamedPropertyIds.NONE, DELIVERED);
    }

    /**
     * Reads RFC 5322 bytes from an archive (.eml, mbox): sets the named properties {@code ids}
     * resolves (categories), the read flag from Status, and turns message/rfc822 parts into
     * embedded-message attachments.
     */
    public static MapiMessage readEml(byte[] eml, NamedPropertyIds ids) {
        return readEml(eml, ids, 0);
    }

    /** {@code depth} {@link #DELIVERED} reads delivered mail; 0 and up reads an archive, counting the nesting. */
    private static MapiMessage readEml(byte[] eml, NamedPropertyIds ids, int depth) {
        try {
            MimeMessage mime = new MimeMessage(MailSessions.READING, new ByteArrayInputStream(eml));
            if (!mime.getAllHeaders().hasMoreElements()) {
                throw new MimeConversionException("message: no header fields");
            }
            return new Conversion(mime, ids, depth).run();
        } catch (MessagingException e) {
            throw new MimeConversionException("message: " + e.getMessage(), e);
        }
    }

    public static MapiMessage fromMime(MimeMessage mime) {
        try {
            return new Conversion(mime, NamedPropertyIds.NONE, DELIVERED).run();
        } catch (MessagingException e) {
            throw new MimeConversionException("message: " + e.getMessage(), e);
        }
    }

    private static final class Conversion {
        private final MimeMessage mime;
        private final NamedPropertyIds ids;
        private final int depth;
        private final List<PropertyValue> props = new ArrayList<>();
        private final List<PropertyBag> recipients = new ArrayList<>();
        private final List<PropertyBag> attachments = new ArrayList<>();
        private final Map<Integer, MapiMessage> embedded = new HashMap<>();
        private String text;
        private String html;

        Conversion(MimeMessage mime, NamedPropertyIds ids, int depth) {
            this.mime = mime;
            this.ids = ids;
            this.depth = depth;
        }

        MapiMessage run() throws MessagingException {
            props.add(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"));
            originator();
            recipients("To", 1);
            recipients("Cc", 2);
            recipients("Bcc", 3);
            Date sent = mime.getSentDate();
            if (sent != null) {
                props.add(PropertyValue.of(PidTag.CLIENT_SUBMIT_TIME, sent.toInstant()));
            }
            String subject = mime.getSubject();
            if (subject != null) {
                String[] split = MailHeaderValues.splitSubject(subject);
                props.add(PropertyValue.of(PidTag.SUBJECT, subject));
                props.add(PropertyValue.of(PidTag.SUBJECT_PREFIX, split[0]));
                props.add(PropertyValue.of(PidTag.NORMALIZED_SUBJECT, split[1]));
                props.add(PropertyValue.of(PidTag.CONVERSATION_TOPIC, split[1]));
            }
            string(PidTag.INTERNET_MESSAGE_ID, header("Message-ID"));
            string(PidTag.IN_REPLY_TO_ID, header("In-Reply-To"));
            string(PidTag.INTERNET_REFERENCES, header("References"));
            int importance = MailHeaderValues.importance(header("Importance"), header("X-Priority"));
            if (importance >= 0) {
                props.add(PropertyValue.of(PidTag.IMPORTANCE, importance));
            }
            int sensitivity = MailHeaderValues.sensitivity(header("Sensitivity"));
            if (sensitivity >= 0) {
                props.add(PropertyValue.of(PidTag.SENSITIVITY, sensitivity));
            }
            String keywords = header("Keywords");
            if (keywords != null) {
                List<String> categories = java.util.Arrays.stream(keywords.split(",")).map(String::strip)
                        .filter(k -> !k.isEmpty()).toList();
                ids.tagOf(PidName.KEYWORDS).ifPresent(tag -> props.add(PropertyValue.of(tag, categories)));
            }
            String status = header("Status");
            boolean read = depth != DELIVERED && status != null && status.indexOf('R') >= 0;
            props.add(PropertyValue.of(PidTag.TRANSPORT_MESSAGE_HEADERS, transportHeaders()));
            walk(mime, "1", false);
            string(PidTag.BODY, text);
            if (html != null) {
                props.add(PropertyValue.of(PidTag.HTML, html.getBytes(StandardCharsets.UTF_8)));
                props.add(PropertyValue.of(PidTag.INTERNET_CODEPAGE, CODEPAGE_UTF8));
            }
            boolean any = !attachments.isEmpty();
            props.add(PropertyValue.of(PidTag.HAS_ATTACHMENTS, any));
            props.add(PropertyValue.of(PidTag.MESSAGE_FLAGS, (any ? PidTag.MSGFLAG_HASATTACH : 0)
                    | (read ? PidTag.MSGFLAG_READ : 0)));
            return new MapiMessage(PropertyBag.of(props, ids), recipients, attachments, embedded);
        }

        private void originator() throws MessagingException {
            InternetAddress from = first(addresses("From"));
            InternetAddress sender = first(addresses("Sender"));
            if (sender == null) {
                sender = from;
            }
            if (from != null) {
                props.add(PropertyValue.of(PidTag.SENT_REPRESENTING_NAME, displayName(from)));
                props.add(PropertyValue.of(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS, from.getAddress()));
                props.add(PropertyValue.of(PidTag.SENT_REPRESENTING_ADDRESS_TYPE, "SMTP"));
                props.add(PropertyValue.of(PidTag.SENT_REPRESENTING_SMTP_ADDRESS, from.getAddress()));
            }
            if (sender != null) {
                props.add(PropertyValue.of(PidTag.SENDER_NAME, displayName(sender)));
                props.add(PropertyValue.of(PidTag.SENDER_EMAIL_ADDRESS, sender.getAddress()));
                props.add(PropertyValue.of(PidTag.SENDER_ADDRESS_TYPE, "SMTP"));
                props.add(PropertyValue.of(PidTag.SENDER_SMTP_ADDRESS, sender.getAddress()));
            }
        }

        private void recipients(String header, int type) throws MessagingException {
            List<String> names = new ArrayList<>();
            for (InternetAddress a : addresses(header)) {
                String name = displayName(a);
                names.add(name);
                recipients.add(PropertyBag.of(List.of(
                        PropertyValue.of(PidTag.ROW_ID, recipients.size()),
                        PropertyValue.of(PidTag.RECIPIENT_TYPE, type),
                        PropertyValue.of(PidTag.DISPLAY_NAME, name),
                        PropertyValue.of(PidTag.EMAIL_ADDRESS, a.getAddress()),
                        PropertyValue.of(PidTag.ADDRESS_TYPE, "SMTP"),
                        PropertyValue.of(PidTag.SMTP_ADDRESS, a.getAddress()))));
            }
            if (!names.isEmpty()) {
                props.add(PropertyValue.of(switch (type) {
                    case 2 -> PidTag.DISPLAY_CC;
                    case 3 -> PidTag.DISPLAY_BCC;
                    default -> PidTag.DISPLAY_TO;
                }, String.join("; ", names)));
            }
        }

        /** Addresses of a header, group members flattened, empty groups dropped. */
        private List<InternetAddress> addresses(String header) throws MessagingException {
            String[] values = mime.getHeader(header);
            if (values == null) {
                return List.of();
            }
            List<InternetAddress> out = new ArrayList<>();
            for (String value : values) {
                InternetAddress[] parsed;
                try {
                    parsed = InternetAddress.parseHeader(value, false);
                } catch (AddressException e) {
                    throw new MimeConversionException(header + ": cannot parse \"" + value + "\": " + e.getMessage(), e);
                }
                for (InternetAddress a : parsed) {
                    if (a.isGroup()) {
                        Collections.addAll(out, a.getGroup(false));
                    } else if (a.getAddress() != null && !a.getAddress().isBlank()) {
                        out.add(a);
                    }
                }
            }
            return out;
        }

        private static InternetAddress first(List<InternetAddress> list) {
            return list.isEmpty() ? null : list.getFirst();
        }

        private static String displayName(InternetAddress a) {
            String personal = a.getPersonal();
            return personal != null && !personal.isBlank() ? personal : a.getAddress();
        }

        private String header(String name) throws MessagingException {
            String value = mime.getHeader(name, " ");
            if (value == null) {
                return null;
            }
            String unfolded = MimeUtility.unfold(value).strip();
            return unfolded.isEmpty() ? null : unfolded;
        }

        private void string(org.interchange.mapi.codec.property.PropertyTag tag, String value) {
            if (value != null) {
                props.add(PropertyValue.of(tag, value));
            }
        }

        private String transportHeaders() throws MessagingException {
            StringBuilder b = new StringBuilder();
            for (Header h : Collections.list(mime.getAllHeaders())) {
                b.append(h.getName()).append(": ").append(h.getValue()).append("\r\n");
            }
            return b.toString();
        }

        /** Depth-first over the MIME tree; {@code path} numbers parts as "1.2.1" for error messages. */
        private void walk(Part part, String path, boolean inRelated) throws MessagingException {
            String type = contentType(part, path);
            try {
                if (type.startsWith("multipart/")) {
                    Multipart multipart = multipart(part, path);
                    int count = multipart.getCount();
                    for (int i = 0; i < count; i++) {
                        BodyPart child = multipart.getBodyPart(i);
                        walk(child, path + "." + (i + 1), type.equals("multipart/related"));
                    }
                    return;
                }
                boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || fileName(part, path) != null;
                if (!attached && type.equals("text/plain") && text == null) {
                    text = decodeText(part, path);
                    ContentType ct = new ContentType(part.getContentType());
                    if ("flowed".equalsIgnoreCase(ct.getParameter("format"))) {
                        text = FlowedText.unflow(text, "yes".equalsIgnoreCase(ct.getParameter("delsp")));
                    }
                } else if (!attached && type.equals("text/html") && html == null) {
                    html = decodeText(part, path);
                } else if (type.equals("message/rfc822") && depth != DELIVERED) {
                    embeddedMessage(part, path);
                } else {
                    attachment(part, path, type, inRelated);
                }
            } catch (MessagingException e) {
                throw new MimeConversionException("part " + path + " (" + type + "): " + e.getMessage(), e);
            }
        }

        private void attachment(Part part, String path, String type, boolean inRelated) throws MessagingException {
            byte[] data = bytes(part, path);
            String name = fileName(part, path);
            String cid = part instanceof MimePart mp ? mp.getContentID() : null;
            if (cid != null) {
                cid = cid.strip();
                if (cid.startsWith("<") && cid.endsWith(">")) {
                    cid = cid.substring(1, cid.length() - 1);
                }
            }
            List<PropertyValue> a = new ArrayList<>();
            a.add(PropertyValue.of(PidTag.ATTACH_NUMBER, attachments.size()));
            a.add(PropertyValue.of(PidTag.ATTACH_METHOD, 1));
            a.add(PropertyValue.of(PidTag.ATTACH_MIME_TAG, type));
            a.add(PropertyValue.of(PidTag.ATTACH_DATA_BINARY, data));
            a.add(PropertyValue.of(PidTag.ATTACH_SIZE, data.length));
            if (name == null && type.equals("message/rfc822")) {
                name = "message.eml";
            }
            if (name != null) {
                a.add(PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, name));
                a.add(PropertyValue.of(PidTag.ATTACH_FILENAME, name));
                int dot = name.lastIndexOf('.');
                if (dot >= 0) {
                    a.add(PropertyValue.of(PidTag.ATTACH_EXTENSION, name.substring(dot)));
                }
            }
            if (cid != null && !cid.isEmpty()) {
                a.add(PropertyValue.of(PidTag.ATTACH_CONTENT_ID, cid));
            }
            boolean hidden = inRelated && cid != null && !Part.ATTACHMENT.equalsIgnoreCase(disposition(part));
            a.add(PropertyValue.of(PidTag.ATTACHMENT_HIDDEN, hidden));
            attachments.add(PropertyBag.of(a));
        }

        /** A message/rfc822 part as an embedded-message attachment, [MS-OXCMAIL] 2.2.3.3.2. */
        private void embeddedMessage(Part part, String path) throws MessagingException {
            if (depth + 1 > MAX_DEPTH) {
                throw new MimeConversionException("part " + path + ": embedded messages nested deeper than " + MAX_DEPTH);
            }
            MapiMessage inner;
            try {
                inner = readEml(bytes(part, path), ids, depth + 1);
            } catch (MimeConversionException e) {
                throw new MimeConversionException("part " + path + " (message/rfc822): " + e.getMessage(), e);
            }
            String subject = inner.properties().string(PidTag.SUBJECT);
            String name = fileName(part, path);
            List<PropertyValue> a = new ArrayList<>();
            a.add(PropertyValue.of(PidTag.ATTACH_NUMBER, attachments.size()));
            a.add(PropertyValue.of(PidTag.ATTACH_METHOD, ATTACH_EMBEDDED_MESSAGE));
            a.add(PropertyValue.of(PidTag.ATTACH_MIME_TAG, "message/rfc822"));
            a.add(PropertyValue.of(PidTag.DISPLAY_NAME, subject != null ? subject : name != null ? name : "message"));
            if (name != null) {
                a.add(PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, name));
            }
            a.add(PropertyValue.of(PidTag.ATTACHMENT_HIDDEN, false));
            attachments.add(PropertyBag.of(a));
            embedded.put(attachments.size() - 1, inner);
        }

        private static String contentType(Part part, String path) throws MessagingException {
            String raw = part.getContentType();
            if (raw == null) {
                return "text/plain";
            }
            try {
                return new ContentType(raw).getBaseType().toLowerCase(Locale.ROOT);
            } catch (MessagingException e) {
                throw new MimeConversionException("part " + path + ": bad Content-Type \"" + raw + "\": "
                        + e.getMessage(), e);
            }
        }

        private static Multipart multipart(Part part, String path) throws MessagingException {
            try {
                if (part.getContent() instanceof Multipart m) {
                    return m;
                }
            } catch (IOException e) {
                throw new MimeConversionException("part " + path + ": " + e.getMessage(), e);
            }
            throw new MimeConversionException("part " + path + ": multipart content without a usable boundary");
        }

        private static String disposition(Part part) {
            try {
                return part.getDisposition();
            } catch (MessagingException e) {
                return null;
            }
        }

        private static String fileName(Part part, String path) {
            try {
                String name = part.getFileName();
                if (name != null && name.contains("=?")) {
                    name = MimeUtility.decodeText(name);
                }
                return name == null || name.isBlank() ? null : name;
            } catch (MessagingException | UnsupportedEncodingException e) {
                throw new MimeConversionException("part " + path + ": bad file name: " + e.getMessage(), e);
            }
        }

        private static byte[] bytes(Part part, String path) throws MessagingException {
            try (var in = part.getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new MimeConversionException("part " + path + ": cannot decode the content: " + e.getMessage(), e);
            }
        }

        /** The part's text in its charset; charsets Java lacks, and bytes invalid in theirs, read as windows-1252. */
        private static String decodeText(Part part, String path) throws MessagingException {
            byte[] data = bytes(part, path);
            Charset charset = StandardCharsets.UTF_8;
            try {
                String name = new ContentType(part.getContentType()).getParameter("charset");
                if (name != null) {
                    String javaName = MimeUtility.javaCharset(name.strip());
                    charset = Charset.isSupported(javaName) ? Charset.forName(javaName) : FALLBACK;
                }
            } catch (MessagingException | IllegalArgumentException e) {
                charset = FALLBACK;
            }
            try {
                return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
            } catch (CharacterCodingException e) {
                return new String(data, FALLBACK);
            }
        }
    }
}
