package org.interchange.mapi.objects.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PropertyBag;
import org.junit.jupiter.api.Test;

/**
 * The weekly blobs the demo server writes (mapi-server's WeeklyRecurrenceBlob), rebuilt here field
 * by field as that class lays them out, decode as the series they describe.
 */
class DemoServerBlobTest {
    private static final LocalDate EPOCH = LocalDate.of(1601, 1, 1);

    /** The demo server's layout: Sunday-based week, WriterVersion2 0x3008, no exceptions. */
    private static byte[] demoWeekly(LocalDate firstDay, LocalTime time, int minutes, int periodWeeks, int count) {
        LocalDate weekStart = firstDay.minusDays(firstDay.getDayOfWeek().getValue() % 7);
        ByteWriter w = new ByteWriter();
        w.u16(0x3004).u16(0x3004).u16(0x200B).u16(1).u16(0);
        w.i32((int) (minutes(weekStart) % (10080L * periodWeeks))).i32(periodWeeks).i32(0);
        w.i32(1 << (firstDay.getDayOfWeek().getValue() % 7));
        w.i32(0x2022).i32(count).i32(0).i32(0).i32(0);
        w.i32((int) minutes(firstDay)).i32((int) minutes(firstDay.plusWeeks((long) periodWeeks * (count - 1))));
        int start = time.getHour() * 60 + time.getMinute();
        w.i32(0x3006).i32(0x3008).i32(start).i32(start + minutes).u16(0).i32(0).i32(0);
        return w.toByteArray();
    }

    private static long minutes(LocalDate d) {
        return ChronoUnit.DAYS.between(EPOCH, d) * 1440;
    }

    @Test
    void demoWeeklySeriesDecodes() {
        byte[] blob = demoWeekly(LocalDate.of(2026, 11, 2), LocalTime.of(9, 30), 30, 1, 10);
        AppointmentRecurrencePattern a = AppointmentRecurrenceReader.read(blob);
        assertThat(a.pattern().days()).containsExactly(DayOfWeek.MONDAY);
        assertThat(a.pattern().occurrenceCount()).isEqualTo(10);
        assertThat(a.startTime()).isEqualTo(LocalTime.of(9, 30));
        assertThat(a.duration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(RecurrenceDescription.describe(a)).isEqualTo("Every Monday, 10 times, 09:30-10:00");

        List<Occurrence> all = RecurrenceExpander.expand(a, ZoneOffset.UTC,
                ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                ZonedDateTime.of(2028, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(all).hasSize(10);
        assertThat(all.getLast().start()).isEqualTo(ZonedDateTime.of(2027, 1, 4, 9, 30, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void blobIsFoundThroughTheMailboxNamedPropertyIds() {
        byte[] blob = demoWeekly(LocalDate.of(2026, 11, 2), LocalTime.of(9, 30), 30, 1, 10);
        NamedPropertyIds ids = new NamedPropertyIds(
                Map.of(PidLid.APPOINTMENT_RECUR, 0x8123));
        PropertyBag bag = PropertyBag.of(List.of(
                PropertyValue.of(PropertyTag.of(
                        0x8123, PropertyType.BINARY), blob)), ids);
        assertThat(AppointmentRecurrenceReader.read(bag)).hasValueSatisfying(a ->
                assertThat(RecurrenceDescription.describe(a)).isEqualTo("Every Monday, 10 times, 09:30-10:00"));
        assertThat(AppointmentRecurrenceReader.read(PropertyBag.of(List.of()))).isEmpty();
    }

    @Test
    void ourWriterProducesTheDemoServersBytes() {
        for (int period : new int[] {1, 2, 3}) {
            LocalDate thursday = LocalDate.of(2026, 11, 5);
            byte[] demo = demoWeekly(thursday, LocalTime.of(14, 0), 60, period, 6);
            RecurrencePattern p = RecurrencePattern.weekly(thursday, period, Set.of(DayOfWeek.THURSDAY),
                    DayOfWeek.SUNDAY, RecurrenceRange.count(6));
            AppointmentRecurrencePattern ours = new AppointmentRecurrencePattern(p, 0x3006, 0x3008, 14 * 60, 15 * 60,
                    List.of());
            assertThat(AppointmentRecurrenceWriter.write(ours)).as("every %d weeks", period).isEqualTo(demo);
            assertThat(AppointmentRecurrenceReader.read(demo)).isEqualTo(ours);
        }
    }
}
