package org.interchange.mapi.objects.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recurrence BLOBs printed in [MS-OXOCAL] 4.1.1.2 and 4.1.1.3, read and written byte for byte. */
class SpecExampleBlobTest {
    /** [MS-OXOCAL] 4.1.1.2: Mon/Thu/Fri 10:00-10:30, 12 times, the 4/16/2007 instance moved and renamed. */
    static final byte[] WEEKLY_WITH_EXCEPTION = HexFormat.of().parseHex(
            "043004300B2001000000C0210000010000000000000032000000222000000C0000000000000001000000A096BC0C01000000"
            + "A096BC0C8020BC0C20ADBC0C0630000009300000580200007602000001003499BC0C5299BC0CF898BC0C110022002100"
            + "53696D706C6520526563757272656E6365207769746820657863657074696F6E730800070033342F343134310000000004"
            + "00000000000000000000003499BC0C5299BC0CF898BC0C2100530069006D0070006C0065002000520065006300750072"
            + "00720065006E006300650020007700690074006800200065007800630065007000740069006F006E0073000700330034"
            + "002F0034003100340031000000000000000000");
    /** [MS-OXOCAL] 4.1.1.3: every 3 days 4/7/2011 to 5/4/2011, 8:00-8:30, 4/19 and 4/22 deleted. */
    static final byte[] DAILY_WITH_DELETIONS = HexFormat.of().parseHex(
            "043004300A2000000000A0050000E010000000000000212000000A0000000000000002000000A0C1DC0C80D2DC0C000000"
            + "00207EDC0C0016DD0C0630000009300000E0010000FE01000000000000000000000000");

    @Test
    void weeklyExampleReadsEveryField() {
        AppointmentRecurrencePattern a = AppointmentRecurrenceReader.read(WEEKLY_WITH_EXCEPTION);
        RecurrencePattern p = a.pattern();
        assertThat(WEEKLY_WITH_EXCEPTION).hasSize(0x106);
        assertThat(p.frequency()).isEqualTo(RecurFrequency.WEEKLY);
        assertThat(p.patternType()).isEqualTo(PatternType.WEEK);
        assertThat(p.firstDateTime()).isEqualTo(8640);
        assertThat(p.period()).isEqualTo(1);
        assertThat(p.days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(p.endType()).isEqualTo(EndType.AFTER_OCCURRENCES);
        assertThat(p.occurrenceCount()).isEqualTo(12);
        assertThat(p.firstDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(p.deletedInstanceDates()).containsExactly(LocalDate.of(2007, 4, 16));
        assertThat(p.modifiedInstanceDates()).containsExactly(LocalDate.of(2007, 4, 16));
        assertThat(p.startDate()).isEqualTo(LocalDate.of(2007, 3, 26));
        assertThat(p.endDate()).isEqualTo(LocalDate.of(2007, 4, 20));
        assertThat(a.writerVersion2()).isEqualTo(0x3009);
        assertThat(a.startTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(a.duration()).isEqualTo(Duration.ofMinutes(30));
        ExceptionInfo e = a.exceptions().getFirst();
        assertThat(e.start()).isEqualTo(LocalDateTime.of(2007, 4, 16, 11, 0));
        assertThat(e.end()).isEqualTo(LocalDateTime.of(2007, 4, 16, 11, 30));
        assertThat(e.originalStart()).isEqualTo(LocalDateTime.of(2007, 4, 16, 10, 0));
        assertThat(e.subject()).isEqualTo("Simple Recurrence with exceptions");
        assertThat(e.location()).isEqualTo("34/4141");
        assertThat(e.overrideFlags()).isEqualTo(ExceptionInfo.ARO_SUBJECT | ExceptionInfo.ARO_LOCATION);
        assertThat(e.changeHighlight()).isZero();
        assertThat(RecurrenceDescription.describe(a)).isEqualTo("Every Monday, Thursday and Friday, 12 times, 10:00-10:30");
    }

    @Test
    void weeklyExampleIsWrittenBackByteForByte() {
        assertThat(AppointmentRecurrenceWriter.write(AppointmentRecurrenceReader.read(WEEKLY_WITH_EXCEPTION)))
                .isEqualTo(WEEKLY_WITH_EXCEPTION);
    }

    @Test
    void weeklyExampleIsRebuiltFromItsMeaning() {
        RecurrencePattern p = RecurrencePattern.weekly(LocalDate.of(2007, 3, 26), 1,
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), DayOfWeek.SUNDAY,
                RecurrenceRange.count(12));
        AppointmentRecurrencePattern a = AppointmentRecurrencePattern.of(p, LocalTime.of(10, 0), Duration.ofMinutes(30))
                .withModifiedOccurrence(ExceptionInfo.moved(LocalDateTime.of(2007, 4, 16, 10, 0),
                                LocalDateTime.of(2007, 4, 16, 11, 0), LocalDateTime.of(2007, 4, 16, 11, 30))
                        .withSubject("Simple Recurrence with exceptions").withLocation("34/4141"));
        assertThat(AppointmentRecurrenceWriter.write(a)).isEqualTo(WEEKLY_WITH_EXCEPTION);
    }

    @Test
    void weeklyExampleExpandsWithTheMovedInstance() {
        ZoneId zone = ZoneId.of("America/Los_Angeles");
        AppointmentRecurrencePattern a = AppointmentRecurrenceReader.read(WEEKLY_WITH_EXCEPTION);
        List<Occurrence> all = RecurrenceExpander.expand(a, zone, ZonedDateTime.of(2007, 1, 1, 0, 0, 0, 0, zone),
                ZonedDateTime.of(2008, 1, 1, 0, 0, 0, 0, zone));
        assertThat(all).hasSize(12);
        assertThat(all).extracting(o -> o.start().toLocalDate().getDayOfMonth())
                .containsExactly(26, 29, 30, 2, 5, 6, 9, 12, 13, 16, 19, 20);
        Occurrence moved = all.get(9);
        assertThat(moved.isModified()).isTrue();
        assertThat(moved.start().toLocalTime()).isEqualTo(LocalTime.of(11, 0));
        assertThat(moved.subject("Simple Recurrence")).isEqualTo("Simple Recurrence with exceptions");
        assertThat(all.get(8).subject("Simple Recurrence")).isEqualTo("Simple Recurrence");
        assertThat(all.get(8).start().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
    }

    @Test
    void dailyExampleReadsWritesAndSkipsDeletedInstances() {
        AppointmentRecurrencePattern a = AppointmentRecurrenceReader.read(DAILY_WITH_DELETIONS);
        RecurrencePattern p = a.pattern();
        assertThat(DAILY_WITH_DELETIONS).hasSize(0x54);
        assertThat(p.frequency()).isEqualTo(RecurFrequency.DAILY);
        assertThat(p.period()).isEqualTo(4320);
        assertThat(p.firstDateTime()).isEqualTo(1440);
        assertThat(p.endType()).isEqualTo(EndType.AFTER_DATE);
        assertThat(p.occurrenceCount()).isEqualTo(10);
        assertThat(p.deletedInstanceDates()).containsExactly(LocalDate.of(2011, 4, 19), LocalDate.of(2011, 4, 22));
        assertThat(AppointmentRecurrenceWriter.write(a)).isEqualTo(DAILY_WITH_DELETIONS);

        RecurrencePattern rebuilt = RecurrencePattern.daily(LocalDate.of(2011, 4, 7), 3,
                RecurrenceRange.until(LocalDate.of(2011, 5, 4)));
        assertThat(rebuilt.occurrenceCount()).as("computed from the end date").isEqualTo(10);
        assertThat(rebuilt.firstDateTime()).isEqualTo(1440);

        ZoneId zone = ZoneId.of("Europe/Paris");
        List<Occurrence> all = RecurrenceExpander.expand(a, zone, ZonedDateTime.of(2011, 4, 1, 0, 0, 0, 0, zone),
                ZonedDateTime.of(2011, 6, 1, 0, 0, 0, 0, zone));
        assertThat(all).extracting(Occurrence::originalDate).extracting(LocalDate::getDayOfMonth)
                .containsExactly(7, 10, 13, 16, 25, 28, 1, 4);
        assertThat(RecurrenceDescription.describe(a)).isEqualTo("Every 3 days, until 4 May 2011, 08:00-08:30");
    }
}
