package org.interchange.mapi.objects.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.mime.MapiMessage;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrencePattern;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrenceReader;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrenceWriter;
import org.interchange.mapi.objects.recurrence.ExceptionInfo;
import org.interchange.mapi.objects.recurrence.Occurrence;
import org.interchange.mapi.objects.recurrence.RecurrenceExpander;
import org.interchange.mapi.objects.recurrence.RecurrencePattern;
import org.interchange.mapi.objects.recurrence.RecurrenceRange;
import org.interchange.mapi.objects.timezone.TimeZoneStruct;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Recurring series across daylight-saving transitions survive MAPI to iCalendar to MAPI at the same wall-clock time. */
class DaylightSavingMatrixTest {

    static Stream<Arguments> transitions() {
        return Stream.of(
                Arguments.of("Europe/Berlin", LocalDate.of(2024, 3, 18), "spring forward, 31 March"),
                Arguments.of("Europe/Berlin", LocalDate.of(2024, 10, 14), "fall back, 27 October"),
                Arguments.of("America/New_York", LocalDate.of(2024, 2, 26), "spring forward, 10 March"),
                Arguments.of("America/New_York", LocalDate.of(2024, 10, 21), "fall back, 3 November"),
                Arguments.of("Australia/Sydney", LocalDate.of(2024, 3, 25), "fall back, 7 April"),
                Arguments.of("Australia/Sydney", LocalDate.of(2024, 9, 23), "spring forward, 6 October"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("transitions")
    void weeklySeriesKeepsItsWallClockTime(String zoneId, LocalDate firstMonday, String what) {
        ZoneId zone = ZoneId.of(zoneId);
        AppointmentRecurrencePattern series = AppointmentRecurrencePattern.of(RecurrencePattern.weekly(firstMonday, 1,
                Set.of(DayOfWeek.MONDAY), DayOfWeek.SUNDAY, RecurrenceRange.count(5)), LocalTime.of(9, 0),
                Duration.ofHours(1));
        MapiMessage back = AppointmentRoundTripTest.roundTrip(new MapiMessage(AppointmentRoundTripTest
                .appointment("Weekly", zone, firstMonday.atTime(9, 0), Duration.ofHours(1))
                .set(PidLid.APPOINTMENT_RECUR, AppointmentRecurrenceWriter.write(series)).build(), List.of(), List.of()));
        List<Occurrence> instances = expand(back.properties());
        assertThat(instances).hasSize(5);
        for (int i = 0; i < 5; i++) {
            ZonedDateTime expected = ZonedDateTime.of(firstMonday.plusWeeks(i), LocalTime.of(9, 0), zone);
            assertThat(instances.get(i).start().toInstant()).as("instance %d", i).isEqualTo(expected.toInstant());
        }
        assertThat(instances.getFirst().start().getOffset()).isNotEqualTo(instances.getLast().start().getOffset());
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("transitions")
    void exceptionMovedAcrossTheTransitionKeepsItsLocalTime(String zoneId, LocalDate firstMonday, String what) {
        ZoneId zone = ZoneId.of(zoneId);
        LocalDateTime moved = firstMonday.plusWeeks(3).plusDays(2).atTime(16, 15);
        AppointmentRecurrencePattern series = AppointmentRecurrencePattern.of(RecurrencePattern.weekly(firstMonday, 1,
                Set.of(DayOfWeek.MONDAY), DayOfWeek.SUNDAY, RecurrenceRange.count(5)), LocalTime.of(9, 0),
                Duration.ofHours(1)).withModifiedOccurrence(ExceptionInfo.moved(firstMonday.atTime(9, 0), moved,
                moved.plusHours(1)));
        MapiMessage back = AppointmentRoundTripTest.roundTrip(new MapiMessage(AppointmentRoundTripTest
                .appointment("Moved", zone, firstMonday.atTime(9, 0), Duration.ofHours(1))
                .set(PidLid.APPOINTMENT_RECUR, AppointmentRecurrenceWriter.write(series)).build(), List.of(), List.of()));
        AppointmentRecurrencePattern read = AppointmentRecurrenceReader.read(back.properties()).orElseThrow();
        assertThat(read.exceptions()).singleElement().satisfies(e -> {
            assertThat(e.start()).isEqualTo(moved);
            assertThat(e.originalStart()).isEqualTo(firstMonday.atTime(9, 0));
        });
        Occurrence movedInstance = expand(back.properties()).stream().filter(Occurrence::isModified).findFirst()
                .orElseThrow();
        assertThat(movedInstance.start().toInstant()).isEqualTo(moved.atZone(zone).toInstant());
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("transitions")
    void allDaySeriesStaysOnItsDates(String zoneId, LocalDate firstMonday, String what) {
        ZoneId zone = ZoneId.of(zoneId);
        LocalDate first = firstMonday.plusWeeks(1).plusDays(4);
        AppointmentRecurrencePattern series = AppointmentRecurrencePattern.of(RecurrencePattern.daily(first, 1,
                RecurrenceRange.count(14)), LocalTime.MIDNIGHT, Duration.ofDays(1));
        PropertyBag p = AppointmentRoundTripTest.appointment("Holiday", zone, first.atStartOfDay(), Duration.ofDays(1))
                .set(PidLid.APPOINTMENT_SUB_TYPE, true)
                .set(PidLid.APPOINTMENT_RECUR, AppointmentRecurrenceWriter.write(series)).build();
        String text = ICalendarWriter.write(List.of(new MapiMessage(p, List.of(), List.of())), java.time.ZoneOffset.UTC,
                AppointmentRoundTripTest.NOW).text();
        assertThat(text).contains("DTSTART;VALUE=DATE:" + ICalTime.formatDate(first))
                .contains("DTEND;VALUE=DATE:" + ICalTime.formatDate(first.plusDays(1)));
        // all-day dates are floating in iCalendar: they land in the zone of the user who imports them
        MapiMessage back = AppointmentRoundTripTest.roundTrip(new MapiMessage(p, List.of(), List.of()), zone);
        assertThat(back.properties().flag(PidLid.APPOINTMENT_SUB_TYPE)).isTrue();
        assertThat(back.properties().bytes(PidLid.APPOINTMENT_RECUR)).isEqualTo(p.bytes(PidLid.APPOINTMENT_RECUR));
        List<Occurrence> days = expand(back.properties());
        assertThat(days).hasSize(14);
        for (int i = 0; i < days.size(); i++) {
            assertThat(days.get(i).start().toInstant()).isEqualTo(first.plusDays(i).atStartOfDay(zone).toInstant());
            assertThat(days.get(i).end().toInstant()).isEqualTo(first.plusDays(i + 1).atStartOfDay(zone).toInstant());
        }
        Instant start = back.properties().time(PidLid.APPOINTMENT_START_WHOLE);
        assertThat(start).isEqualTo(first.atStartOfDay(zone).toInstant());
    }

    private static List<Occurrence> expand(PropertyBag p) {
        AppointmentRecurrencePattern read = AppointmentRecurrenceReader.read(p).orElseThrow();
        TimeZoneStruct struct = TimeZoneStruct.read(p.bytes(PidLid.TIME_ZONE_STRUCT));
        ZonedDateTime from = ZonedDateTime.parse("2024-01-01T00:00:00Z");
        return RecurrenceExpander.expand(read, struct.toZoneRules(), from, from.plusYears(1));
    }
}
