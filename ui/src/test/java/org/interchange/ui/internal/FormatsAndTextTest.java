package org.interchange.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class FormatsAndTextTest {
    private final Formats formats = new Formats(Clock.fixed(Instant.parse("2026-11-29T15:00:00Z"), ZoneOffset.UTC),
            Locale.UK);

    @Test
    void listDatesAreShortForRecentItems() {
        assertThat(formats.listDate(Instant.parse("2026-11-29T09:05:00Z"))).isEqualTo("09:05");
        assertThat(formats.listDate(Instant.parse("2026-11-27T09:05:00Z"))).isEqualTo("Fri 09:05");
        assertThat(formats.listDate(Instant.parse("2026-10-01T09:05:00Z"))).isEqualTo("01/10/2026");
        assertThat(formats.listDate(null)).isEmpty();
    }

    @Test
    void appointmentEndsOnTheSameDayShowOnlyTheTime() {
        Instant start = Instant.parse("2026-11-30T09:00:00Z");
        assertThat(formats.shortDateTime(start)).isEqualTo("30/11/2026, 09:00");
        assertThat(formats.end(start, Instant.parse("2026-11-30T09:15:00Z"))).isEqualTo("09:15");
        assertThat(formats.end(start, Instant.parse("2026-12-01T10:00:00Z"))).isEqualTo("01/12/2026, 10:00");
        assertThat(formats.end(start, null)).isEmpty();
    }

    @Test
    void sizesUseBinaryUnits() {
        assertThat(formats.size(512)).isEqualTo("512 B");
        assertThat(formats.size(1536)).isEqualTo("1.5 KB");
        assertThat(formats.size(23L << 20)).isEqualTo("23 MB");
    }

    @Test
    void taskAndNoteFieldsBecomeWords() {
        assertThat(ItemText.taskStatus("2")).isEqualTo("Completed");
        assertThat(ItemText.taskStatus("9")).isEqualTo("9");
        assertThat(ItemText.percent("0.25")).isEqualTo("25 %");
        assertThat(ItemText.percent("1.0")).isEqualTo("100 %");
        assertThat(ItemText.percent("75")).isEqualTo("75 %");
        assertThat(ItemText.percent("n/a")).isEmpty();
        assertThat(ItemText.noteColour("1")).isEqualTo("Green");
        assertThat(ItemText.noteSwatch("0")).isEqualTo("#9fd0f5");
        assertThat(ItemText.noteSwatch("pink")).isEqualTo("#f5b8dc");
        assertThat(ItemText.noteSwatch(null)).isEqualTo("#fff38f");
        assertThat(ItemText.recurrence("RRULE:FREQ=DAILY")).isEqualTo("Every day");
        assertThat(ItemText.recurrence("Every other Tuesday")).isEqualTo("Every other Tuesday");
        assertThat(ItemText.displayName("Bob Builder <bob@example.org>")).isEqualTo("Bob Builder");
        assertThat(ItemText.displayName("\"Builder, Bob\" <bob@example.org>")).isEqualTo("Builder, Bob");
        assertThat(ItemText.displayName("<bob@example.org>")).isEqualTo("bob@example.org");
        assertThat(ItemText.displayName("bob@example.org")).isEqualTo("bob@example.org");
        assertThat(ItemText.displayName(null)).isEmpty();
        assertThat(ItemText.firstLine("\n  Buy milk \nand bread")).isEqualTo("Buy milk");
    }

    @Test
    void pngEncoderWritesAnImageOthersCanRead() throws Exception {
        int[] pixels = {0xFFFF0000, 0xFF00FF00, 0x800000FF, 0xFFFFFFFF, 0xFF000000, 0xFF123456};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(3, 2, pixels, out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(image.getWidth()).isEqualTo(3);
        assertThat(image.getHeight()).isEqualTo(2);
        for (int i = 0; i < pixels.length; i++) {
            assertThat(image.getRGB(i % 3, i / 3)).isEqualTo(pixels[i]);
        }
    }

    @Test
    void refreshGateRunsOneMoreRefreshForAnyNumberOfRequestsMeanwhile() {
        java.util.List<Runnable> running = new java.util.ArrayList<>();
        RefreshGate gate = new RefreshGate(running::add);
        gate.request();
        gate.request();
        gate.request();
        assertThat(running).hasSize(1);
        running.getFirst().run();
        assertThat(running).hasSize(2);
        running.get(1).run();
        gate.request();
        assertThat(running).hasSize(3);
    }
}
