package org.interchange.mapi.objects.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.KnownNamedProperties;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.junit.jupiter.api.Test;

/** The [MS-OXCMAIL] mappings beyond the basics: categories, read state, threading, embedded messages, charsets. */
class MimeCompletenessTest {
    private static final NamedPropertyIds IDS = KnownNamedProperties.offline();

    private static MapiMessage message(String subject, int flags) {
        return new MapiMessage(PropertyBag.builder(IDS).set(PidTag.SUBJECT, subject).set(PidTag.BODY, "body of " + subject)
                .set(PidTag.SENT_REPRESENTING_NAME, "Zoë Ånström").set(PidTag.SENT_REPRESENTING_SMTP_ADDRESS, "zoe@example.se")
                .set(PidTag.CLIENT_SUBMIT_TIME, Instant.parse("2024-03-01T10:15:30Z"))
                .set(PidTag.INTERNET_MESSAGE_ID, "<" + subject.hashCode() + "@example.se>")
                .set(PidTag.IN_REPLY_TO_ID, "<parent@example.se>")
                .set(PidTag.INTERNET_REFERENCES, "<root@example.se> <parent@example.se>")
                .set(PidTag.MESSAGE_FLAGS, flags).set(PidName.KEYWORDS, List.of("Projekt X", "Röd"))
                .build(), List.of(), List.of());
    }

    @Test
    void categoriesReadStateAndThreadingSurvive() {
        MapiMessage m = message("AW: möte", PidTag.MSGFLAG_READ);
        byte[] eml = MimeMessageWriter.toEml(m);
        String raw = new String(eml, StandardCharsets.US_ASCII);
        assertThat(raw).contains("Status: RO").contains("In-Reply-To: <parent@example.se>")
                .contains("References: <root@example.se> <parent@example.se>");
        PropertyBag back = MimeMessageReader.readEml(eml, IDS).properties();
        assertThat(back.strings(PidName.KEYWORDS)).containsExactly("Projekt X", "Röd");
        assertThat(back.number(PidTag.MESSAGE_FLAGS, 0) & PidTag.MSGFLAG_READ).isEqualTo(PidTag.MSGFLAG_READ);
        assertThat(back.string(PidTag.SENT_REPRESENTING_NAME)).isEqualTo("Zoë Ånström");
        for (var tag : List.of(PidTag.SUBJECT, PidTag.INTERNET_MESSAGE_ID, PidTag.IN_REPLY_TO_ID,
                PidTag.INTERNET_REFERENCES, PidTag.CLIENT_SUBMIT_TIME, PidTag.BODY)) {
            assertThat(back.get(tag)).as(tag.toString()).isEqualTo(m.properties().get(tag));
        }
        assertThat(back.string(PidTag.SUBJECT_PREFIX)).isEqualTo("AW: ");
        PropertyBag unread = MimeMessageReader.readEml(MimeMessageWriter.toEml(message("ny", 0)), IDS).properties();
        assertThat(unread.number(PidTag.MESSAGE_FLAGS, 0) & PidTag.MSGFLAG_READ).isZero();
        assertThat(MimeMessageReader.readEml(eml).properties().strings(PidName.KEYWORDS)).isEmpty();
    }

    @Test
    void embeddedMessagesNestAndComeBack() {
        MapiMessage inner = message("inner", 0);
        MapiMessage middle = new MapiMessage(message("middle", 0).properties(), List.of(),
                List.of(PropertyBag.of(List.of(PropertyValue.of(PidTag.ATTACH_METHOD, 5)))), java.util.Map.of(0, inner));
        MapiMessage outer = new MapiMessage(message("outer", 0).properties(), List.of(),
                List.of(PropertyBag.of(List.of(PropertyValue.of(PidTag.ATTACH_METHOD, 5),
                        PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, "fwd.eml")))), java.util.Map.of(0, middle));
        MapiMessage back = MimeMessageReader.readEml(MimeMessageWriter.toEml(outer), IDS);
        assertThat(back.attachments().getFirst().string(PidTag.ATTACH_LONG_FILENAME)).isEqualTo("fwd.eml");
        MapiMessage m2 = back.embedded().get(0);
        assertThat(m2.properties().string(PidTag.SUBJECT)).isEqualTo("middle");
        assertThat(m2.attachments().getFirst().string(PidTag.DISPLAY_NAME)).isEqualTo("inner");
        assertThat(m2.embedded().get(0).properties().string(PidTag.BODY)).isEqualTo("body of inner");
        assertThat(m2.embedded().get(0).properties().strings(PidName.KEYWORDS)).containsExactly("Projekt X", "Röd");
    }

    @Test
    void embeddingTooDeepIsAnErrorNamingThePart() {
        String eml = "Subject: level 0\r\nContent-Type: text/plain\r\n\r\nbody\r\n";
        for (int i = 1; i <= MimeMessageReader.MAX_DEPTH + 1; i++) {
            eml = "Subject: level " + i + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b" + i
                    + "\r\n\r\n--b" + i + "\r\nContent-Type: text/plain\r\n\r\nx\r\n--b" + i
                    + "\r\nContent-Type: message/rfc822\r\n\r\n" + eml + "\r\n--b" + i + "--\r\n";
        }
        byte[] bytes = eml.getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> MimeMessageReader.readEml(bytes, IDS)).isInstanceOf(MimeConversionException.class)
                .hasMessageContaining("part 1.2").hasMessageContaining("nested deeper than 8");
    }

    @Test
    void commonCharsetsDecode() {
        String[][] cases = {
                {"ISO-8859-1", "quoted-printable", "Gr=FC=DFe aus K=F6ln", "Grüße aus Köln"},
                {"windows-1252", "8bit", "Preis: 5\u0080 \u0093genau\u0094", "Preis: 5€ “genau”"},
                {"KOI8-R", "8bit", "\u00f0\u00d2\u00c9\u00d7\u00c5\u00d4", "Привет"},
                {"ISO-2022-JP", "7bit", "\u001b$BF|K\\\u001b(B", "日本"},
                {"GB2312", "8bit", "\u00d6\u00d0\u00ce\u00c4", "中文"},
        };
        for (String[] c : cases) {
            String subject = "=?" + c[0] + "?B?" + java.util.Base64.getEncoder().encodeToString(
                    c[3].getBytes(Charset.forName(c[0]))) + "?=";
            String head = "From: a@example.org\r\nSubject: " + subject + "\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: text/plain; charset=" + c[0] + "\r\nContent-Transfer-Encoding: " + c[1] + "\r\n\r\n";
            byte[] bytes = (head + c[2] + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            PropertyBag p = MimeMessageReader.readEml(bytes).properties();
            assertThat(p.string(PidTag.SUBJECT)).as(c[0]).isEqualTo(c[3]);
            assertThat(p.string(PidTag.BODY).strip()).as(c[0]).isEqualTo(c[3]);
        }
    }
}
