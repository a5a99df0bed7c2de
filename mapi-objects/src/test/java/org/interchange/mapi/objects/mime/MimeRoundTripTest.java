package org.interchange.mapi.objects.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.model.MailMessage;
import org.interchange.mapi.objects.rtf.CompressedRtf;
import org.junit.jupiter.api.Test;

/** MAPI -> MIME -> MAPI keeps every property [MS-OXCMAIL] maps. */
class MimeRoundTripTest {
    private static final Instant SENT = Instant.parse("2026-11-27T08:45:12Z");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n".getBytes(StandardCharsets.ISO_8859_1);

    private static PropertyBag bag(PropertyValue... values) {
        return PropertyBag.of(List.of(values));
    }

    private static PropertyBag recipient(int type, String name, String smtp) {
        return bag(PropertyValue.of(PidTag.RECIPIENT_TYPE, type), PropertyValue.of(PidTag.DISPLAY_NAME, name),
                PropertyValue.of(PidTag.EMAIL_ADDRESS, smtp), PropertyValue.of(PidTag.ADDRESS_TYPE, "SMTP"),
                PropertyValue.of(PidTag.SMTP_ADDRESS, smtp));
    }

    static MapiMessage sample() {
        String html = "<html><body><p>Grüße aus Zürich — 東京</p><img src=\"cid:logo@interchange\"></body></html>";
        PropertyBag props = bag(
                PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"),
                PropertyValue.of(PidTag.SUBJECT, "RE: Änderungen am Vertrag – 契約"),
                PropertyValue.of(PidTag.SENT_REPRESENTING_NAME, "Zoë Ångström"),
                PropertyValue.of(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS, "zoe@example.org"),
                PropertyValue.of(PidTag.SENT_REPRESENTING_ADDRESS_TYPE, "SMTP"),
                PropertyValue.of(PidTag.SENDER_NAME, "Assistant"),
                PropertyValue.of(PidTag.SENDER_EMAIL_ADDRESS, "assistant@example.org"),
                PropertyValue.of(PidTag.SENDER_ADDRESS_TYPE, "SMTP"),
                PropertyValue.of(PidTag.CLIENT_SUBMIT_TIME, SENT),
                PropertyValue.of(PidTag.INTERNET_MESSAGE_ID, "<reply-1@example.org>"),
                PropertyValue.of(PidTag.IN_REPLY_TO_ID, "<orig-1@example.net>"),
                PropertyValue.of(PidTag.INTERNET_REFERENCES, "<root@example.net> <orig-1@example.net>"),
                PropertyValue.of(PidTag.IMPORTANCE, 2),
                PropertyValue.of(PidTag.SENSITIVITY, 2),
                PropertyValue.of(PidTag.BODY, "Grüße aus Zürich — 東京\r\nZweite Zeile"),
                PropertyValue.of(PidTag.HTML, html.getBytes(StandardCharsets.UTF_8)),
                PropertyValue.of(PidTag.INTERNET_CODEPAGE, 65001));
        List<PropertyBag> recipients = List.of(recipient(1, "Jürgen Müller", "juergen@example.de"),
                recipient(1, "bob@example.com", "bob@example.com"), recipient(2, "Søren", "soren@example.dk"),
                recipient(3, "Hidden", "bcc@example.org"));
        List<PropertyBag> attachments = List.of(
                bag(PropertyValue.of(PidTag.ATTACH_METHOD, 1), PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, "logo.png"),
                        PropertyValue.of(PidTag.ATTACH_MIME_TAG, "image/png"),
                        PropertyValue.of(PidTag.ATTACH_CONTENT_ID, "logo@interchange"),
                        PropertyValue.of(PidTag.ATTACHMENT_HIDDEN, true),
                        PropertyValue.of(PidTag.ATTACH_DATA_BINARY, PNG)),
                bag(PropertyValue.of(PidTag.ATTACH_METHOD, 1),
                        PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, "Angebot für Straße Ø.pdf"),
                        PropertyValue.of(PidTag.ATTACH_MIME_TAG, "application/pdf"),
                        PropertyValue.of(PidTag.ATTACH_DATA_BINARY, PDF)));
        return new MapiMessage(props, recipients, attachments);
    }

    @Test
    void everyMappedPropertySurvives() {
        MapiMessage original = sample();
        byte[] eml = MimeMessageWriter.toEml(original);
        String raw = new String(eml, StandardCharsets.US_ASCII);
        assertThat(raw).as("headers stay 7-bit, as encoded words").doesNotContain("Ä").contains("=?UTF-8?");
        MapiMessage back = MimeMessageReader.readEml(eml);

        for (PropertyTag tag : List.of(PidTag.SUBJECT, PidTag.SENT_REPRESENTING_NAME,
                PidTag.SENT_REPRESENTING_EMAIL_ADDRESS, PidTag.SENDER_NAME, PidTag.SENDER_EMAIL_ADDRESS,
                PidTag.CLIENT_SUBMIT_TIME, PidTag.INTERNET_MESSAGE_ID, PidTag.IN_REPLY_TO_ID,
                PidTag.INTERNET_REFERENCES, PidTag.IMPORTANCE, PidTag.SENSITIVITY, PidTag.BODY, PidTag.HTML,
                PidTag.MESSAGE_CLASS)) {
            assertThat(back.properties().get(tag)).as(tag.toString()).isEqualTo(original.properties().get(tag));
        }
        assertThat(back.properties().string(PidTag.SUBJECT_PREFIX)).isEqualTo("RE: ");
        assertThat(back.properties().string(PidTag.NORMALIZED_SUBJECT)).isEqualTo("Änderungen am Vertrag – 契約");
        assertThat(back.properties().string(PidTag.DISPLAY_TO)).isEqualTo("Jürgen Müller; bob@example.com");
        assertThat(back.properties().string(PidTag.DISPLAY_CC)).isEqualTo("Søren");
        assertThat(back.properties().flag(PidTag.HAS_ATTACHMENTS)).isTrue();

        assertThat(back.recipients()).hasSize(4);
        for (int i = 0; i < 4; i++) {
            for (PropertyTag tag : List.of(PidTag.RECIPIENT_TYPE, PidTag.DISPLAY_NAME, PidTag.SMTP_ADDRESS,
                    PidTag.ADDRESS_TYPE)) {
                assertThat(back.recipients().get(i).get(tag)).as("recipient %d %s", i, tag)
                        .isEqualTo(original.recipients().get(i).get(tag));
            }
        }
        assertThat(back.attachments()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            PropertyBag a = original.attachments().get(i);
            PropertyBag b = back.attachments().stream()
                    .filter(x -> x.string(PidTag.ATTACH_LONG_FILENAME).equals(a.string(PidTag.ATTACH_LONG_FILENAME)))
                    .findFirst().orElseThrow();
            assertThat(b.bytes(PidTag.ATTACH_DATA_BINARY)).isEqualTo(a.bytes(PidTag.ATTACH_DATA_BINARY));
            assertThat(b.string(PidTag.ATTACH_MIME_TAG)).isEqualTo(a.string(PidTag.ATTACH_MIME_TAG));
            assertThat(b.string(PidTag.ATTACH_CONTENT_ID)).isEqualTo(a.string(PidTag.ATTACH_CONTENT_ID));
            assertThat(b.flag(PidTag.ATTACHMENT_HIDDEN)).isEqualTo(a.flag(PidTag.ATTACHMENT_HIDDEN));
        }
        MailMessage read = MailMessage.from(back.properties());
        assertThat(read.sender()).isEqualTo("Zoë Ångström <zoe@example.org>");
        assertThat(read.importance()).isEqualTo(MailMessage.Importance.HIGH);
    }

    @Test
    void structureIsMixedOverRelatedOverAlternative() {
        String raw = new String(MimeMessageWriter.toEml(sample()), StandardCharsets.US_ASCII);
        assertThat(raw).contains("multipart/mixed").contains("multipart/related").contains("multipart/alternative")
                .contains("Content-ID: <logo@interchange>").contains("Importance: High").contains("X-Priority: 1 (Highest)")
                .contains("Sensitivity: Private").contains("Message-ID: <reply-1@example.org>")
                .containsPattern("Content-Disposition: attachment;\\s+filename\\*=UTF-8''Angebot");
        assertThat(raw.indexOf("multipart/mixed")).isLessThan(raw.indexOf("multipart/related"));
        assertThat(raw.indexOf("multipart/related")).isLessThan(raw.indexOf("multipart/alternative"));
    }

    @Test
    void htmlEncapsulatedInCompressedRtfBecomesTheHtmlPart() {
        byte[] rtf = ("{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 {\\*\\htmltag64 <p>}\\htmlrtf {\\htmlrtf0 Caf\\'e9 "
                + "\\u8364?\\htmlrtf\\par}\\htmlrtf0 {\\*\\htmltag72 </p>}}").getBytes(StandardCharsets.US_ASCII);
        MapiMessage m = new MapiMessage(bag(PropertyValue.of(PidTag.SUBJECT, "rtf only"),
                PropertyValue.of(PidTag.BODY, "Café €"),
                PropertyValue.of(PidTag.RTF_COMPRESSED, CompressedRtf.compress(rtf))),
                List.of(recipient(1, "A", "a@example.org")), List.of());
        MapiMessage back = MimeMessageReader.readEml(MimeMessageWriter.toEml(m));
        assertThat(new String(back.properties().bytes(PidTag.HTML), StandardCharsets.UTF_8)).isEqualTo("<p>Café €</p>");
        assertThat(back.properties().string(PidTag.BODY)).isEqualTo("Café €");
    }

    @Test
    void plainRtfAsTheOnlyBodyIsExportedAsItsText() {
        byte[] rtf = "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}} Gr\\'fc\\'dfe\\par zweite Zeile\\par}"
                .getBytes(StandardCharsets.US_ASCII);
        MapiMessage m = new MapiMessage(bag(PropertyValue.of(PidTag.SUBJECT, "rtf text"),
                PropertyValue.of(PidTag.RTF_COMPRESSED, CompressedRtf.compress(rtf))),
                List.of(recipient(1, "A", "a@example.org")), List.of());
        MapiMessage back = MimeMessageReader.readEml(MimeMessageWriter.toEml(m));
        assertThat(back.properties().string(PidTag.BODY)).isEqualToNormalizingNewlines("Grüße\nzweite Zeile");
    }

    @Test
    void forwardedMessageAttachmentStaysAnRfc822Part() throws java.io.IOException {
        byte[] forwarded;
        try (var in = MimeRoundTripTest.class.getResourceAsStream("/mime/thunderbird.eml")) {
            forwarded = in.readAllBytes();
        }
        MapiMessage m = new MapiMessage(bag(PropertyValue.of(PidTag.SUBJECT, "FW: minutes"),
                PropertyValue.of(PidTag.BODY, "see attached")), List.of(recipient(1, "A", "a@example.org")),
                List.of(bag(PropertyValue.of(PidTag.ATTACH_METHOD, 1), PropertyValue.of(PidTag.ATTACH_MIME_TAG,
                        "message/rfc822"), PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, "minutes.eml"),
                        PropertyValue.of(PidTag.ATTACH_DATA_BINARY, forwarded))));
        String raw = new String(MimeMessageWriter.toEml(m), StandardCharsets.UTF_8);
        assertThat(raw).contains("Content-Type: message/rfc822").doesNotContainPattern(
                "message/rfc822[^\\n]*\\r\\n(?:[^\\r]+\\r\\n)*Content-Transfer-Encoding: (base64|quoted-printable)");
        MapiMessage back = MimeMessageReader.readEml(raw.getBytes(StandardCharsets.UTF_8));
        PropertyBag a = back.attachments().getFirst();
        assertThat(a.string(PidTag.ATTACH_MIME_TAG)).isEqualTo("message/rfc822");
        assertThat(MimeMessageReader.readEml(a.bytes(PidTag.ATTACH_DATA_BINARY)).properties().string(PidTag.SUBJECT))
                .isEqualTo("Protokoll der Sitzung – nächste Schritte");
        MapiMessage embedding = MimeMessageReader.readEml(raw.getBytes(StandardCharsets.UTF_8),
                org.interchange.mapi.objects.KnownNamedProperties.offline());
        assertThat(embedding.attachments().getFirst().number(PidTag.ATTACH_METHOD, 0)).isEqualTo(5);
        assertThat(embedding.embedded().get(0).properties().string(PidTag.SUBJECT))
                .isEqualTo("Protokoll der Sitzung – nächste Schritte");
    }

    @Test
    void plainTextOnlyMessageStaysSinglePart() {
        MapiMessage plain = new MapiMessage(bag(PropertyValue.of(PidTag.SUBJECT, "hi"),
                PropertyValue.of(PidTag.BODY, "just text")), List.of(recipient(1, "A", "a@example.org")), List.of());
        String raw = new String(MimeMessageWriter.toEml(plain), StandardCharsets.US_ASCII);
        assertThat(raw).contains("Content-Type: text/plain; charset=UTF-8").doesNotContain("multipart");
        MapiMessage back = MimeMessageReader.readEml(raw.getBytes(StandardCharsets.US_ASCII));
        assertThat(back.properties().string(PidTag.BODY)).isEqualTo("just text");
        assertThat(back.properties().get(PidTag.HTML)).isEmpty();
        assertThat(back.attachments()).isEmpty();
        assertThat(back.properties().get(PidTag.IMPORTANCE)).as("no header, no property").isEmpty();
    }
}
