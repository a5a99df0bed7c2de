package org.interchange.mapi.objects.rtf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** [MS-OXRTFEX] 2.1.3 de-encapsulation of HTML, on RTF laid out as Outlook writes it. */
class RtfHtmlExtractorTest {
    private static final String OUTLOOK_STYLE = String.join("\r\n",
            "{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\fbidis \\deff0{\\fonttbl",
            "{\\f0\\fswiss\\fcharset0 Arial;}",
            "{\\f1\\fmodern Courier New;}}",
            "{\\colortbl\\red0\\green0\\blue0;\\red5\\green99\\blue193;}",
            "\\uc1\\pard\\plain\\deftab360 \\f0\\fs24 ",
            "{\\*\\htmltag19 <html>}",
            "{\\*\\htmltag34 <head>}",
            "{\\*\\htmltag161 <meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">}",
            "{\\*\\htmltag241 <style>}",
            "{\\*\\htmltag241 p \\{margin:0\\}}",
            "{\\*\\htmltag249 </style>}",
            "{\\*\\htmltag41 </head>}",
            "{\\*\\htmltag50 <body lang=\"EN-US\">}\\htmlrtf \\lang1033 \\htmlrtf0 ",
            "{\\*\\htmltag64 <p>}\\htmlrtf {\\htmlrtf0 Caf\\'e9 costs 5 \\u8364?, ",
            "{\\*\\mhtmltag84 <a href=\"cid:x\">}{\\*\\htmltag84 <a href=\"https://example.org/?a=1&amp;b=2\">}"
                    + "\\htmlrtf {\\field{\\*\\fldinst{HYPERLINK \"https://example.org/\"}}{\\fldrslt\\cf1\\ul \\htmlrtf0 "
                    + "the link\\htmlrtf }\\htmlrtf0 \\htmlrtf }\\htmlrtf0 ",
            "{\\*\\htmltag92 </a>}.\\htmlrtf\\par}\\htmlrtf0",
            "{\\*\\htmltag72 </p>}",
            "{\\*\\htmltag0 \\par }",
            "{\\*\\htmltag64 <p>}\\htmlrtf {\\htmlrtf0 Tab\\tab and \\{braces\\}\\htmlrtf\\par}\\htmlrtf0",
            "{\\*\\htmltag72 </p>}",
            "{\\*\\htmltag58 </body>}",
            "{\\*\\htmltag27 </html>}}");

    static byte[] outlookStyle() {
        return OUTLOOK_STYLE.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void recognisesTheFromHtmlHeader() {
        assertThat(RtfHtmlExtractor.isEncapsulatedHtml(OUTLOOK_STYLE.getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(RtfHtmlExtractor.isEncapsulatedHtml("{\\rtf1\\ansi\\fromtext Hello}".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(RtfHtmlExtractor.isEncapsulatedHtml("{\\rtf1 Hello \\fromhtml1}".getBytes(StandardCharsets.US_ASCII)))
                .as("\\fromhtml1 after text is not in the header").isFalse();
    }

    @Test
    void extractsTheHtmlAndDropsRtfOnlyParts() {
        String html = RtfHtmlExtractor.extract(OUTLOOK_STYLE.getBytes(StandardCharsets.US_ASCII));
        assertThat(html).isEqualTo("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                + "<style>p {margin:0}</style></head><body lang=\"EN-US\">"
                + "<p>Café costs 5 €, <a href=\"https://example.org/?a=1&amp;b=2\">the link</a>.</p>\r\n"
                + "<p>Tab\tand {braces}</p></body></html>");
    }

    @Test
    void survivesCompressionFirst() {
        byte[] stream = CompressedRtf.compress(OUTLOOK_STYLE.getBytes(StandardCharsets.US_ASCII));
        assertThat(RtfHtmlExtractor.extract(CompressedRtf.decompress(stream))).startsWith("<html><head>")
                .endsWith("</html>");
    }

    @Test
    void codePageAndMultiByteEscapes() {
        String rtf = "{\\rtf1\\ansi\\ansicpg932\\fromhtml1 {\\*\\htmltag64 <p>}\\'93\\'fa\\'96\\'7b{\\*\\htmltag72 </p>}}";
        assertThat(RtfHtmlExtractor.extract(rtf.getBytes(StandardCharsets.US_ASCII))).isEqualTo("<p>日本</p>");
    }

    @Test
    void malformedRtfNamesTheProblem() {
        assertThatThrownBy(() -> RtfHtmlExtractor.extract("{\\rtf1 plain}".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(RtfFormatException.class).hasMessageContaining("fromhtml1");
        assertThatThrownBy(() -> RtfHtmlExtractor.extract("{\\rtf1\\fromhtml1 {x}}}".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(RtfFormatException.class).hasMessageContaining("unbalanced");
        assertThatThrownBy(() -> RtfHtmlExtractor.extract("{\\rtf1\\fromhtml1 {x}".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("still open");
        assertThatThrownBy(() -> RtfHtmlExtractor.extract("{\\rtf1\\fromhtml1 \\'g1}".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("hex digits");
        assertThatThrownBy(() -> RtfHtmlExtractor.extract("{\\rtf1\\fromhtml1 \\u12345678901}".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("10 digits");
        assertThatThrownBy(() -> RtfHtmlExtractor.extract(("{\\rtf1\\fromhtml1 " + "{".repeat(5000))
                .getBytes(StandardCharsets.US_ASCII))).hasMessageContaining("nested");
    }
}
