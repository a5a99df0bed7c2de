package org.interchange.mapi.objects.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.junit.jupiter.api.Test;

/** .eml files laid out the way Thunderbird, Outlook (Exchange Online) and Gmail write them. */
class ClientEmlTest {

    private static MapiMessage read(String name) throws IOException {
        try (InputStream in = ClientEmlTest.class.getResourceAsStream("/mime/" + name)) {
            return MimeMessageReader.readEml(in.readAllBytes());
        }
    }

    private static String html(MapiMessage m) {
        return new String(m.properties().bytes(PidTag.HTML), StandardCharsets.UTF_8);
    }

    @Test
    void thunderbird8BitUtf8WithRfc2231FileName() throws IOException {
        MapiMessage m = read("thunderbird.eml");
        PropertyBag p = m.properties();
        assertThat(p.string(PidTag.SUBJECT)).isEqualTo("Protokoll der Sitzung – nächste Schritte");
        assertThat(p.string(PidTag.SUBJECT_PREFIX)).isEmpty();
        assertThat(p.string(PidTag.SENT_REPRESENTING_NAME)).isEqualTo("Anna Schmidt");
        assertThat(p.string(PidTag.SENDER_EMAIL_ADDRESS)).as("no Sender header: the sender is From")
                .isEqualTo("anna@example.org");
        assertThat(p.time(PidTag.CLIENT_SUBMIT_TIME)).isEqualTo(Instant.parse("2026-11-27T09:15:42Z"));
        assertThat(p.string(PidTag.DISPLAY_TO)).isEqualTo("Jürgen Müller");
        assertThat(p.string(PidTag.DISPLAY_CC)).isEqualTo("team@example.org; Lee, Chris");
        assertThat(m.recipients()).extracting(r -> r.string(PidTag.SMTP_ADDRESS))
                .containsExactly("juergen@example.de", "team@example.org", "chris.lee@corp.example.com");
        assertThat(p.string(PidTag.BODY)).isEqualTo("Hallo Jürgen,\r\n\r\nanbei das Protokoll. Dies ist ein langer "
                + "Absatz, den Thunderbird bei zweiundsiebzig Zeichen umbricht, damit er beim Lesen wieder zu einer "
                + "Zeile wird.\r\n\r\n> Zitat, das ebenfalls umbrochen wurde.\r\n\r\n-- \r\nAnna\r\n");
        assertThat(html(m)).contains("<p>Hallo Jürgen,</p>");
        assertThat(m.attachments()).hasSize(1);
        PropertyBag a = m.attachments().getFirst();
        assertThat(a.string(PidTag.ATTACH_LONG_FILENAME)).isEqualTo("Protokoll Übersicht.odt");
        assertThat(a.string(PidTag.ATTACH_EXTENSION)).isEqualTo(".odt");
        assertThat(a.string(PidTag.ATTACH_MIME_TAG)).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(a.bytes(PidTag.ATTACH_DATA_BINARY)).hasSize(91).startsWith('P', 'K', 3, 4);
        assertThat(a.flag(PidTag.ATTACHMENT_HIDDEN)).isFalse();
        assertThat(p.flag(PidTag.HAS_ATTACHMENTS)).isTrue();
    }

    @Test
    void outlookQuotedPrintableLatin1WithInlineImage() throws IOException {
        MapiMessage m = read("outlook.eml");
        PropertyBag p = m.properties();
        assertThat(p.string(PidTag.SUBJECT)).isEqualTo("AW: Kostenübersicht Q4");
        assertThat(p.string(PidTag.SUBJECT_PREFIX)).isEqualTo("AW: ");
        assertThat(p.string(PidTag.NORMALIZED_SUBJECT)).isEqualTo("Kostenübersicht Q4");
        assertThat(p.string(PidTag.SENT_REPRESENTING_NAME)).isEqualTo("Lee, Chris");
        assertThat(p.number(PidTag.IMPORTANCE, -1)).isEqualTo(2);
        assertThat(p.number(PidTag.SENSITIVITY, -1)).isEqualTo(3);
        assertThat(p.string(PidTag.INTERNET_MESSAGE_ID))
                .isEqualTo("<DB9PR01MB1234ABCD@DB9PR01MB1234.eurprd01.prod.outlook.com>");
        assertThat(p.string(PidTag.IN_REPLY_TO_ID)).isEqualTo("<a1@example.org>");
        assertThat(p.string(PidTag.BODY)).contains("anbei die Übersicht. Grüße");
        assertThat(html(m)).contains("anbei die Übersicht.")
                .contains("src=\"cid:image001.png@01DB40A2.5C3E1F10\"");
        assertThat(p.number(PidTag.INTERNET_CODEPAGE, 0)).isEqualTo(65001);
        assertThat(p.string(PidTag.TRANSPORT_MESSAGE_HEADERS)).contains("Thread-Index: AdtAbCdEfGhIjKlMnOpQrStUvWxYz==")
                .contains("Received: from DB9PR01MB1234");
        PropertyBag image = m.attachments().getFirst();
        assertThat(image.string(PidTag.ATTACH_CONTENT_ID)).isEqualTo("image001.png@01DB40A2.5C3E1F10");
        assertThat(image.flag(PidTag.ATTACHMENT_HIDDEN)).isTrue();
        assertThat(image.bytes(PidTag.ATTACH_DATA_BINARY)).hasSize(29);
    }

    @Test
    void gmailBase64Utf8AndEncodedWords() throws IOException {
        MapiMessage m = read("gmail.eml");
        PropertyBag p = m.properties();
        assertThat(p.string(PidTag.SUBJECT)).isEqualTo("Re: 日本の写真 📷");
        assertThat(p.string(PidTag.SUBJECT_PREFIX)).isEqualTo("Re: ");
        assertThat(p.string(PidTag.SENT_REPRESENTING_NAME)).isEqualTo("田中太郎");
        assertThat(p.string(PidTag.SENT_REPRESENTING_SMTP_ADDRESS)).isEqualTo("taro.tanaka@gmail.com");
        assertThat(p.string(PidTag.INTERNET_REFERENCES)).isEqualTo("<CAF=abc@mail.gmail.com>");
        assertThat(p.string(PidTag.BODY)).isEqualTo("写真を送ります。\r\n");
        assertThat(html(m)).isEqualTo("<div dir=\"ltr\">写真を送ります。</div>\r\n");
        assertThat(m.recipients()).as("the empty Bcc group adds nobody").hasSize(1);
        PropertyBag photo = m.attachments().getFirst();
        assertThat(photo.string(PidTag.ATTACH_LONG_FILENAME)).isEqualTo("IMG_1234.jpg");
        assertThat(photo.string(PidTag.ATTACH_CONTENT_ID)).isEqualTo("f_lq1w2e3r0");
        assertThat(photo.flag(PidTag.ATTACHMENT_HIDDEN)).as("an attachment in multipart/mixed").isFalse();
        assertThat(photo.bytes(PidTag.ATTACH_DATA_BINARY)).startsWith(0xFF, 0xD8).hasSize(22);
    }

    @Test
    void readThenWrittenClientMailKeepsItsContent() throws IOException {
        for (String name : new String[] {"thunderbird.eml", "outlook.eml", "gmail.eml"}) {
            MapiMessage first = read(name);
            MapiMessage second = MimeMessageReader.readEml(MimeMessageWriter.toEml(first));
            for (var tag : new org.interchange.mapi.codec.property.PropertyTag[] {PidTag.SUBJECT, PidTag.BODY,
                    PidTag.HTML, PidTag.INTERNET_MESSAGE_ID, PidTag.CLIENT_SUBMIT_TIME, PidTag.DISPLAY_TO,
                    PidTag.SENT_REPRESENTING_NAME, PidTag.IMPORTANCE}) {
                assertThat(second.properties().get(tag)).as("%s %s", name, tag).isEqualTo(first.properties().get(tag));
            }
            assertThat(second.attachments()).as(name).hasSameSizeAs(first.attachments());
        }
    }
}
