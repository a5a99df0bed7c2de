package org.interchange.mapi.objects.rtf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Plain text out of RTF bodies (RTF 1.9.1 as stored in PidTagRtfCompressed, [MS-OXRTFCP] 2.1.3). */
class RtfTextExtractorTest {

    private static String text(String rtf) {
        return RtfTextExtractor.extract(rtf.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void keepsTheTextAndDropsTablesAndIgnorableDestinations() {
        String rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}{\\colortbl;\\red0\\green0\\blue255;}"
                + "{\\*\\generator Riched20 10.0;}{\\info{\\author Ann}}\\viewkind4\\uc1\\pard\\f0\\fs20 Hello "
                + "{\\b world}!\\par Second\\tab line\\line third\\par}";
        assertThat(text(rtf)).isEqualTo("Hello world!\nSecond\tline\nthird");
    }

    @Test
    void decodesHexBytesInTheCodePageAndUnicodeWithItsFallbackSkipped() {
        assertThat(text("{\\rtf1\\ansi\\ansicpg1252 Gr\\'fc\\'dfe \\u8364?5 \\uc2\\u8212\\'97\\'97 end\\par}"))
                .isEqualTo("Grüße €5 \u2014 end");
        assertThat(text("{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2}")).isEqualTo("Привет");
    }

    @Test
    void escapedBracesAndBackslashesAreText() {
        assertThat(text("{\\rtf1 a \\{b\\} c\\\\d}")).isEqualTo("a {b} c\\d");
    }

    @Test
    void unbalancedGroupsAreAFormatError() {
        assertThatThrownBy(() -> text("{\\rtf1 a}}")).isInstanceOf(RtfFormatException.class)
                .hasMessageContaining("unbalanced");
    }
}
