package org.interchange.mapi.objects.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pattern type and end type survives write then read, with deleted and modified instances. */
class RecurrenceRoundTripTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 15);

    static Stream<RecurrencePattern> patterns() {
        List<RecurrenceRange> ranges = List.of(RecurrenceRange.count(7), RecurrenceRange.until(LocalDate.of(2031, 6, 30)),
                RecurrenceRange.never());
        return ranges.stream().flatMap(r -> Stream.of(
                RecurrencePattern.daily(START, 2, r),
                RecurrencePattern.everyWeekday(START, DayOfWeek.MONDAY, r),
                RecurrencePattern.weekly(START, 2, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), DayOfWeek.MONDAY, r),
                RecurrencePattern.monthly(START, 1, 31, r),
                RecurrencePattern.monthEnd(START, 3, r),
                RecurrencePattern.monthNth(START, 2, RecurrencePattern.LAST_WEEK,
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), r),
                RecurrencePattern.yearly(START, 1, 15, r),
                RecurrencePattern.yearlyNth(START, 2, 3, EnumSet.of(DayOfWeek.THURSDAY), r)));
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void patternAndExceptionsRoundTrip(RecurrencePattern p) {
        LocalDate second = PatternDates.nth(p, 2);
        LocalDate third = PatternDates.nth(p, 3);
        AppointmentRecurrencePattern a = AppointmentRecurrencePattern.of(p, LocalTime.of(9, 15), Duration.ofMinutes(45))
                .withDeletedOccurrence(second)
                .withModifiedOccurrence(new ExceptionInfo(third.atTime(13, 0), third.atTime(14, 30),
                        third.atTime(9, 15), "Überprüfung – 会議", 1, 15, true, "Salle Zürich", 2, false, false, 4,
                        true, 0x10));
        byte[] blob = AppointmentRecurrenceWriter.write(a);
        AppointmentRecurrencePattern back = AppointmentRecurrenceReader.read(blob);
        assertThat(back).isEqualTo(a);
        assertThat(AppointmentRecurrenceWriter.write(back)).isEqualTo(blob);
        assertThat(back.pattern().deletedInstanceDates()).containsExactly(second, third);
        assertThat(back.exceptions().getFirst().overrideFlags()).isEqualTo(0x3FF);
        assertThat(AppointmentRecurrenceReader.readPattern(AppointmentRecurrenceWriter.writePattern(p))).isEqualTo(p);
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void olderWriterVersionHasNoChangeHighlight(RecurrencePattern p) {
        LocalDate first = p.startDate();
        ExceptionInfo e = ExceptionInfo.moved(first.atTime(8, 0), first.atTime(10, 0), first.atTime(11, 0))
                .withSubject("moved");
        AppointmentRecurrencePattern a = new AppointmentRecurrencePattern(p, 0x3006, 0x3008, 480, 540, List.of())
                .withModifiedOccurrence(e);
        byte[] v3008 = AppointmentRecurrenceWriter.write(a);
        byte[] v3009 = AppointmentRecurrenceWriter.write(new AppointmentRecurrencePattern(a.pattern(), 0x3006, 0x3009,
                480, 540, a.exceptions()));
        assertThat(v3009.length - v3008.length).as("ChangeHighlight size and value").isEqualTo(8);
        assertThat(AppointmentRecurrenceReader.read(v3008).exceptions().getFirst().subject()).isEqualTo("moved");
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void rangeFieldsMatchThePattern(RecurrencePattern p) {
        switch (p.endType()) {
            case AFTER_OCCURRENCES -> assertThat(PatternDates.countUntil(p, p.endDate())).isEqualTo(7);
            case AFTER_DATE -> assertThat(PatternDates.countUntil(p, p.endDate())).isEqualTo(p.occurrenceCount());
            default -> assertThat(AppointmentRecurrenceWriter.writePattern(p)).endsWith(0xDF, 0x80, 0xE9, 0x5A);
        }
    }
}
