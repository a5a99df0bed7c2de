package org.interchange.mapi.objects.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mutated .eml files either convert or fail with the typed error; nothing else. */
class MimeFuzzTest {

    @Test
    void mutatedMailFailsOnlyWithTheTypedError() throws IOException {
        byte[][] seeds = new byte[3][];
        String[] names = {"thunderbird.eml", "outlook.eml", "gmail.eml"};
        for (int i = 0; i < 3; i++) {
            try (InputStream in = MimeFuzzTest.class.getResourceAsStream("/mime/" + names[i])) {
                seeds[i] = in.readAllBytes();
            }
        }
        Random random = new Random(99);
        String alphabet = "-=\r\n:;\"<>?/\\ \tQBa0_%*";
        for (int i = 0; i < 150; i++) {
            byte[] eml = seeds[i % 3].clone();
            for (int flips = 1 + random.nextInt(6); flips > 0; flips--) {
                eml[random.nextInt(eml.length)] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
            }
            try {
                MimeMessageWriter.toEml(MimeMessageReader.readEml(eml));
            } catch (MimeConversionException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }
}
