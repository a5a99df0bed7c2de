package org.interchange.mapi.objects;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.interchange.mapi.objects.rtf.CompressedRtf;
import org.interchange.mapi.objects.rtf.RtfHtmlEncapsulator;
import org.junit.jupiter.api.Test;

/** Which body a message shows: HTML, plain text, or its compressed RTF ([MS-OXRTFCP], [MS-OXRTFEX]). */
class DisplayBodyTest {

    @Test
    void rtfMadeFromHtmlGivesTheHtmlBack() {
        String html = "<html><body><p>Hi <b>there</b></p></body></html>";
        byte[] compressed = CompressedRtf.compress(RtfHtmlEncapsulator.encapsulate(html));

        DisplayBody body = DisplayBody.of(null, null, compressed).orElseThrow();

        assertThat(body.html()).isTrue();
        assertThat(body.content()).contains("<b>there</b>");
    }

    @Test
    void plainRtfGivesItsText() {
        byte[] compressed = CompressedRtf.compress("{\\rtf1\\ansi Only {\\i rich} text\\par}".getBytes(StandardCharsets.US_ASCII));

        assertThat(DisplayBody.of(null, null, compressed)).contains(new DisplayBody(false, "Only rich text"));
    }

    @Test
    void htmlAndTextPropertiesComeBeforeTheRtf() {
        byte[] compressed = CompressedRtf.compress("{\\rtf1 rtf}".getBytes(StandardCharsets.US_ASCII));
        assertThat(DisplayBody.of("text", null, compressed)).contains(new DisplayBody(false, "text"));
        assertThat(DisplayBody.of("text", "<p>x</p>".getBytes(StandardCharsets.UTF_8), compressed))
                .contains(new DisplayBody(true, "<p>x</p>"));
        assertThat(DisplayBody.of(null, null, null)).isEmpty();
    }
}
