package org.interchange.mapi.objects.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecurrenceExpanderTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    private static List<Occurrence> expand(AppointmentRecurrencePattern a, ZoneId zone, LocalDate from, LocalDate to) {
        return RecurrenceExpander.expand(a, zone, from.atStartOfDay(zone), to.atStartOfDay(zone));
    }

    private static List<LocalDate> dates(List<Occurrence> all) {
        return all.stream().map(o -> o.start().toLocalDate()).toList();
    }

    @Test
    void monthlyOnThe31stUsesTheLastDayOfShortMonths() {
        RecurrencePattern p = RecurrencePattern.monthly(LocalDate.of(2026, 1, 31), 1, 31, RecurrenceRange.count(4));
        List<Occurrence> all = expand(AppointmentRecurrencePattern.of(p, LocalTime.of(9, 0), Duration.ofHours(1)),
                BERLIN, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        assertThat(dates(all)).containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
        assertThat(p.endDate()).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void monthNthLastWeekdayAndSecondTuesday() {
        RecurrencePattern last = RecurrencePattern.monthNth(LocalDate.of(2026, 1, 1), 1, RecurrencePattern.LAST_WEEK,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), RecurrenceRange.count(3));
        assertThat(dates(expand(AppointmentRecurrencePattern.of(last, LocalTime.NOON, Duration.ofHours(1)), BERLIN,
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))))
                .containsExactly(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 31));
        RecurrencePattern second = RecurrencePattern.monthNth(LocalDate.of(2026, 1, 20), 2, 2,
                Set.of(DayOfWeek.TUESDAY), RecurrenceRange.until(LocalDate.of(2026, 8, 1)));
        assertThat(PatternDates.countUntil(second, LocalDate.of(2026, 8, 1))).isEqualTo(3);
        assertThat(dates(expand(AppointmentRecurrencePattern.of(second, LocalTime.NOON, Duration.ofHours(1)), BERLIN,
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))))
                .as("January's second Tuesday is before the start")
                .containsExactly(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 5, 12), LocalDate.of(2026, 7, 14));
        assertThat(RecurrenceDescription.describe(second)).isEqualTo("The second Tuesday of every 2 months, until 1 August 2026");
    }

    @Test
    void yearlyAndYearlyNth() {
        RecurrencePattern birthday = RecurrencePattern.yearly(LocalDate.of(2024, 2, 29), 1, 29, RecurrenceRange.never());
        assertThat(dates(expand(AppointmentRecurrencePattern.of(birthday, LocalTime.MIDNIGHT, Duration.ofDays(1)),
                BERLIN, LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31))))
                .containsExactly(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28), LocalDate.of(2026, 2, 28),
                        LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29));
        assertThat(RecurrenceDescription.describe(birthday)).isEqualTo("Every February 29");
        RecurrencePattern thanksgiving = RecurrencePattern.yearlyNth(LocalDate.of(2026, 11, 1), 1, 4,
                Set.of(DayOfWeek.THURSDAY), RecurrenceRange.count(3));
        assertThat(PatternDates.nth(thanksgiving, 1)).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(thanksgiving.endDate()).isEqualTo(LocalDate.of(2028, 11, 23));
        assertThat(RecurrenceDescription.describe(thanksgiving)).isEqualTo("The fourth Thursday of November every year, 3 times");
    }

    @Test
    void localTimeHoldsAcrossEuropeanAndUsTransitions() {
        RecurrencePattern weekly = RecurrencePattern.weekly(LocalDate.of(2026, 3, 2), 1, Set.of(DayOfWeek.MONDAY),
                DayOfWeek.MONDAY, RecurrenceRange.count(6));
        AppointmentRecurrencePattern a = AppointmentRecurrencePattern.of(weekly, LocalTime.of(9, 30), Duration.ofMinutes(30));
        for (ZoneId zone : List.of(BERLIN, NEW_YORK, SYDNEY)) {
            List<Occurrence> all = expand(a, zone, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1));
            assertThat(all).as(zone.getId()).hasSize(6)
                    .allSatisfy(o -> assertThat(o.start().toLocalTime()).isEqualTo(LocalTime.of(9, 30)));
            assertThat(all.stream().map(o -> o.start().getOffset()).distinct().count())
                    .as("%s changes its offset during March/April", zone).isEqualTo(2);
        }
    }

    @Test
    void instanceInADaylightSavingGapMovesForward() {
        RecurrencePattern daily = RecurrencePattern.daily(LocalDate.of(2026, 3, 28), 1, RecurrenceRange.count(3));
        List<Occurrence> all = expand(AppointmentRecurrencePattern.of(daily, LocalTime.of(2, 30), Duration.ofMinutes(30)),
                BERLIN, LocalDate.of(2026, 3, 28), LocalDate.of(2026, 4, 1));
        assertThat(all).extracting(o -> o.start().toLocalTime())
                .containsExactly(LocalTime.of(2, 30), LocalTime.of(3, 30), LocalTime.of(2, 30));
    }

    @Test
    void allDaySeriesAcrossATransitionStaysOnMidnight() {
        RecurrencePattern weekly = RecurrencePattern.weekly(LocalDate.of(2026, 10, 20), 1, Set.of(DayOfWeek.TUESDAY),
                DayOfWeek.SUNDAY, RecurrenceRange.count(3));
        List<Occurrence> all = expand(AppointmentRecurrencePattern.of(weekly, LocalTime.MIDNIGHT, Duration.ofDays(1)),
                BERLIN, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 1));
        assertThat(all).allSatisfy(o -> {
            assertThat(o.start().toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
            assertThat(o.end().toLocalDate()).isEqualTo(o.start().toLocalDate().plusDays(1));
        });
        assertThat(Duration.between(all.get(1).start(), all.get(2).start())).isEqualTo(Duration.ofDays(7));
        assertThat(Duration.between(all.get(0).start(), all.get(1).start()))
                .as("the week that leaves summer time is an hour longer").isEqualTo(Duration.ofDays(7).plusHours(1));
    }

    @Test
    void exceptionMovedAcrossATransitionKeepsItsLocalTime() {
        RecurrencePattern weekly = RecurrencePattern.weekly(LocalDate.of(2026, 3, 23), 1, Set.of(DayOfWeek.MONDAY),
                DayOfWeek.SUNDAY, RecurrenceRange.count(2));
        AppointmentRecurrencePattern a = AppointmentRecurrencePattern.of(weekly, LocalTime.of(10, 0), Duration.ofHours(1))
                .withModifiedOccurrence(ExceptionInfo.moved(LocalDate.of(2026, 3, 23).atTime(10, 0),
                        LocalDate.of(2026, 3, 29).atTime(16, 0), LocalDate.of(2026, 3, 29).atTime(17, 0)));
        List<Occurrence> all = expand(a, BERLIN, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));
        assertThat(all).hasSize(2);
        assertThat(all.getFirst().start())
                .isEqualTo(ZonedDateTime.of(2026, 3, 29, 16, 0, 0, 0, BERLIN));
        assertThat(all.getFirst().start().getOffset().getTotalSeconds()).isEqualTo(7200);
        assertThat(all.getFirst().originalDate()).isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    void windowSelectsOverlappingInstancesOfANeverEndingSeries() {
        RecurrencePattern daily = RecurrencePattern.daily(LocalDate.of(2020, 1, 1), 1, RecurrenceRange.never());
        AppointmentRecurrencePattern a = AppointmentRecurrencePattern.of(daily, LocalTime.of(23, 0), Duration.ofHours(2))
                .withDeletedOccurrence(LocalDate.of(2030, 6, 2));
        List<Occurrence> all = expand(a, NEW_YORK, LocalDate.of(2030, 6, 1), LocalDate.of(2030, 6, 4));
        assertThat(all).extracting(Occurrence::originalDate).containsExactly(LocalDate.of(2030, 5, 31),
                LocalDate.of(2030, 6, 1), LocalDate.of(2030, 6, 3));
        assertThat(RecurrenceDescription.describe(a)).isEqualTo("Every day, 23:00-01:00");
    }

    @Test
    void descriptions() {
        LocalDate d = LocalDate.of(2026, 6, 1);
        assertThat(RecurrenceDescription.describe(RecurrencePattern.weekly(d, 1,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), DayOfWeek.SUNDAY, RecurrenceRange.count(10))))
                .isEqualTo("Every Monday and Wednesday, 10 times");
        assertThat(RecurrenceDescription.describe(RecurrencePattern.weekly(d, 3,
                Set.of(DayOfWeek.SUNDAY, DayOfWeek.FRIDAY), DayOfWeek.MONDAY, RecurrenceRange.never())))
                .isEqualTo("Every 3 weeks on Friday and Sunday");
        assertThat(RecurrenceDescription.describe(RecurrencePattern.everyWeekday(d, DayOfWeek.SUNDAY,
                RecurrenceRange.count(1)))).isEqualTo("Every weekday, once");
        assertThat(RecurrenceDescription.describe(RecurrencePattern.monthly(d, 1, 15, RecurrenceRange.never())))
                .isEqualTo("Day 15 of every month");
        assertThat(RecurrenceDescription.describe(RecurrencePattern.monthEnd(d, 2, RecurrenceRange.never())))
                .isEqualTo("The last day of every 2 months");
        assertThat(RecurrenceDescription.describe(RecurrencePattern.yearly(d, 2, 1, RecurrenceRange.never())))
                .isEqualTo("Every 2 years on June 1");
        assertThat(RecurrenceDescription.describe(RecurrencePattern.monthNth(d, 1, 1, EnumSet.allOf(DayOfWeek.class),
                RecurrenceRange.never()))).isEqualTo("The first day of every month");
    }
}
