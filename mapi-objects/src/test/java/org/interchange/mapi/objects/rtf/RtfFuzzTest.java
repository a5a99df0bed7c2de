package org.interchange.mapi.objects.rtf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mutated streams and RTF either decode or fail with the typed errors; nothing else. */
class RtfFuzzTest {

    @Test
    void mutatedCompressedStreamsFailOnlyWithTheTypedError() {
        byte[] rtf = ("{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 {\\*\\htmltag19 <html>}\\htmlrtf {\\htmlrtf0 "
                + "Hello \\'e9 world\\htmlrtf }\\htmlrtf0 {\\*\\htmltag27 </html>}}").getBytes(StandardCharsets.US_ASCII);
        byte[] good = CompressedRtf.compress(rtf);
        Random random = new Random(17);
        for (int i = 0; i < 3000; i++) {
            byte[] s = good.clone();
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                s[random.nextInt(s.length)] = (byte) random.nextInt(256);
            }
            if (i % 2 == 0) {
                fixCrc(s);
            }
            try {
                byte[] out = CompressedRtf.decompress(s);
                assertThat(out.length).isLessThanOrEqualTo(s.length * 9);
            } catch (RtfCompressionException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void mutatedRtfFailsOnlyWithTheTypedError() {
        byte[] rtf = RtfHtmlExtractorTest.outlookStyle();
        Random random = new Random(5);
        for (int i = 0; i < 2000; i++) {
            byte[] s = rtf.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                s[10 + random.nextInt(s.length - 10)] = (byte) "{}\\*'0a9x -\r"
                        .charAt(random.nextInt(12));
            }
            try {
                RtfHtmlExtractor.extract(s);
            } catch (RtfFormatException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    private static void fixCrc(byte[] s) {
        int end = Math.min(s.length, 4 + (s[0] & 0xFF | (s[1] & 0xFF) << 8));
        if (end < 16) {
            return;
        }
        int crc = RtfCrc.of(s, 16, end);
        for (int i = 0; i < 4; i++) {
            s[12 + i] = (byte) (crc >>> (8 * i));
        }
    }
}
