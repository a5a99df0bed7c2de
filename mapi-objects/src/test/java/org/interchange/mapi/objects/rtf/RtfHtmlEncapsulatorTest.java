package org.interchange.mapi.objects.rtf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTML encapsulated in RTF ([MS-OXRTFEX]), compressed ([MS-OXRTFCP]), then decompressed and de-encapsulated, unchanged. */
class RtfHtmlEncapsulatorTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<html><body><p>Hello</p></body></html>",
            "<html>\r\n<head><style>p { margin: 0 }</style></head>\r\n<body>\r\n<p>Grüße aus Zürich — 東京 😀</p>\r\n</body></html>",
            "<p>back\\slash {braces} and a lone\nnewline\tand tab</p>",
            "text before any tag <b>bold</b> and after",
            "<p>unclosed tag at the end <img src=\"cid:x@y\"",
    })
    void bothDirectionsGiveBackTheSameHtml(String html) {
        byte[] rtf = RtfHtmlEncapsulator.encapsulate(html);
        assertThat(RtfHtmlExtractor.isEncapsulatedHtml(rtf)).isTrue();
        assertThat(new String(rtf, StandardCharsets.US_ASCII)).startsWith("{\\rtf1\\ansi\\ansicpg1252\\fromhtml1");
        byte[] compressed = CompressedRtf.compress(rtf);
        assertThat(RtfHtmlExtractor.extract(CompressedRtf.decompress(compressed))).isEqualTo(html);
    }
}
