package org.interchange.mapi.objects.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mutated blobs either read (and expand, and write back) or fail with the typed error; nothing else. */
class RecurrenceFuzzTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Test
    void mutatedBlobsFailOnlyWithTheTypedError() {
        Random random = new Random(20261129);
        byte[][] seeds = {SpecExampleBlobTest.WEEKLY_WITH_EXCEPTION, SpecExampleBlobTest.DAILY_WITH_DELETIONS};
        int read = 0;
        for (int i = 0; i < 800; i++) {
            byte[] blob = seeds[i % 2].clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                blob[random.nextInt(blob.length)] = (byte) random.nextInt(256);
            }
            try {
                AppointmentRecurrencePattern a = AppointmentRecurrenceReader.read(blob);
                RecurrenceDescription.describe(a);
                RecurrenceExpander.expand(a, ZONE, ZonedDateTime.of(2007, 1, 1, 0, 0, 0, 0, ZONE),
                        ZonedDateTime.of(2012, 1, 1, 0, 0, 0, 0, ZONE));
                assertThat(AppointmentRecurrenceReader.read(AppointmentRecurrenceWriter.write(a)).pattern())
                        .isEqualTo(a.pattern());
                read++;
            } catch (MalformedRecurrenceException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
        assertThat(read).as("some mutations stay valid").isPositive();
    }
}
