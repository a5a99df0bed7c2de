package org.interchange.mapi.objects.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.interchange.mapi.objects.KnownNamedProperties;
import org.interchange.mapi.objects.convert.ItemError;
import org.interchange.mapi.objects.convert.ReadResult;
import org.interchange.mapi.objects.vcard.VCardFiles;
import org.junit.jupiter.api.Test;

/** Mutated .ics and .vcf files never throw: every item converts or is reported by name, and what converts writes back. */
class FormatFuzzTest {
    private static final String ALPHABET = ":;=,\\\r\n \"TZ0159-+PDWXYBEGINENDVEVENTVCARDRRULEDTSTART";

    private static String resource(String path) throws IOException {
        try (InputStream in = FormatFuzzTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String mutate(String seed, Random random) {
        StringBuilder b = new StringBuilder(seed);
        for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(3)) {
                case 0 -> b.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 1 -> b.deleteCharAt(at);
                default -> b.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return b.toString();
    }

    @Test
    void mutatedCalendarsOnlyEverReportErrors() throws IOException {
        List<String> seeds = List.of(resource("/ical/outlook-request.ics"), resource("/ical/google.ics"),
                resource("/ical/apple.ics"), resource("/ical/thunderbird.ics"));
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            String text = mutate(seeds.get(i % seeds.size()), random);
            ReadResult r = ICalendarReader.read(text, "fuzz.ics", KnownNamedProperties.offline(), ZoneId.of("UTC"));
            assertThat(r.errors()).allSatisfy(FormatFuzzTest::named);
            assertThat(ICalendarWriter.write(r.items(), ZoneId.of("UTC")).errors()).allSatisfy(FormatFuzzTest::named);
        }
    }

    @Test
    void mutatedVCardsOnlyEverReportErrors() throws IOException {
        List<String> seeds = List.of(resource("/vcard/outlook.vcf"), resource("/vcard/google.vcf"),
                resource("/vcard/apple.vcf"), resource("/vcard/thunderbird.vcf"));
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            String text = mutate(seeds.get(i % seeds.size()), random);
            ReadResult r = VCardFiles.read(text, "fuzz.vcf", KnownNamedProperties.offline());
            assertThat(r.errors()).allSatisfy(FormatFuzzTest::named);
            assertThat(VCardFiles.write(r.items()).errors()).allSatisfy(FormatFuzzTest::named);
        }
    }

    private static void named(ItemError e) {
        assertThat(e.item()).isNotBlank();
        assertThat(e.message()).isNotBlank();
    }
}
