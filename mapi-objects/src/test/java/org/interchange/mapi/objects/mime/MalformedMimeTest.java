package org.interchange.mapi.objects.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.interchange.mapi.objects.PidTag;
import org.junit.jupiter.api.Test;

class MalformedMimeTest {

    private static byte[] eml(String s) {
        return s.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void missingBoundaryNamesThePart() {
        assertThatThrownBy(() -> MimeMessageReader.readEml(eml("""
                From: a@example.org
                Subject: broken
                Content-Type: multipart/mixed; boundary="XYZ"

                no boundary line at all
                """))).isInstanceOf(MimeConversionException.class).hasMessageContaining("part 1")
                .hasMessageContaining("boundary");
    }

    @Test
    void corruptBase64NamesTheNestedPart() {
        assertThatThrownBy(() -> MimeMessageReader.readEml(eml("""
                From: a@example.org
                Content-Type: multipart/mixed; boundary="B"

                --B
                Content-Type: text/plain

                fine
                --B
                Content-Type: application/pdf; name="x.pdf"
                Content-Transfer-Encoding: base64

                %%%% not base64 at all %%%%=
                --B--
                """))).isInstanceOf(MimeConversionException.class).hasMessageContaining("part 1.2");
    }

    @Test
    void unparseableContentTypeAndEmptyInput() {
        assertThatThrownBy(() -> MimeMessageReader.readEml(eml("""
                From: a@example.org
                Content-Type: text/

                x
                """))).isInstanceOf(MimeConversionException.class).hasMessageContaining("Content-Type");
        assertThatThrownBy(() -> MimeMessageReader.readEml(new byte[0]))
                .isInstanceOf(MimeConversionException.class).hasMessageContaining("no header fields");
    }

    @Test
    void unknownCharsetFallsBackInsteadOfFailing() {
        MapiMessage m = MimeMessageReader.readEml(eml("""
                From: a@example.org
                Content-Type: text/plain; charset="x-no-such-charset"
                Content-Transfer-Encoding: 8bit

                caf\u00e9
                """));
        assertThat(m.properties().string(PidTag.BODY)).startsWith("café");
    }
}
