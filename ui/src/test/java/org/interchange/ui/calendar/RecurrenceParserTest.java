package org.interchange.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;
import org.interchange.ui.calendar.RecurrenceRule.Frequency;
import org.junit.jupiter.api.Test;

class RecurrenceParserTest {

    private static List<LocalDate> dates(String rule, LocalDate start, LocalDate from, LocalDate to) {
        return RecurrenceParser.parse(rule).orElseThrow().dates(start, from, to);
    }

    @Test
    void readsTheDescriptionsOfWeeklySeriesWithCountAndTimes() {
        RecurrenceRule rule = RecurrenceParser.parse("Every Monday and Wednesday, 3 times, 09:30-10:00").orElseThrow();
        assertThat(rule.frequency()).isEqualTo(Frequency.WEEKLY);
        assertThat(rule.days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        assertThat(rule.count()).isEqualTo(3);
        // 2026-11-02 is a Monday: Mon 2, Wed 4, Mon 9, then the count is used up
        assertThat(rule.dates(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)))
                .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 9));
    }

    @Test
    void everyOtherWeekOnSeveralDaysUntilADate() {
        assertThat(dates("Every 2 weeks on Monday, Wednesday and Friday, until 20 November 2026",
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)))
                .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 6),
                        LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 20));
    }

    @Test
    void dailyWeekdayAndIntervalForms() {
        assertThat(dates("Every day, 09:00-09:15", LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 2))).containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 2));
        assertThat(dates("Every 3 days", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10)))
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 4), LocalDate.of(2026, 1, 7),
                        LocalDate.of(2026, 1, 10));
        assertThat(dates("Every weekday", LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27),
                LocalDate.of(2026, 12, 1))) // Fri 27, Mon 30, Tue 1
                .containsExactly(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1));
    }

    @Test
    void monthlyByDayLastDayAndNthWeekday() {
        assertThat(dates("Day 31 of every month", LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 30))) // clamped to short months, as Outlook does
                .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31),
                        LocalDate.of(2026, 4, 30));
        assertThat(dates("The last day of every 2 months", LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30)))
                .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 31));
        assertThat(dates("The second Tuesday of every month, once", LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))).containsExactly(LocalDate.of(2026, 11, 10));
        assertThat(dates("The last weekday of every month", LocalDate.of(2026, 10, 30), LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31)))
                .containsExactly(LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 31));
    }

    @Test
    void yearlyForms() {
        RecurrenceRule birthday = RecurrenceParser.parse("Every March 5").orElseThrow();
        assertThat(birthday.month()).isEqualTo(Month.MARCH);
        assertThat(birthday.dates(LocalDate.of(2020, 3, 5), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)))
                .containsExactly(LocalDate.of(2026, 3, 5), LocalDate.of(2027, 3, 5));
        assertThat(dates("Every 2 years on the last day of February", LocalDate.of(2024, 2, 29),
                LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31)))
                .containsExactly(LocalDate.of(2024, 2, 29), LocalDate.of(2026, 2, 28), LocalDate.of(2028, 2, 29));
        assertThat(dates("The fourth Thursday of November every year", LocalDate.of(2025, 11, 27),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).containsExactly(LocalDate.of(2026, 11, 26));
    }

    @Test
    void readsRfc5545Rules() {
        RecurrenceRule rule = RecurrenceParser.parse("RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=2").orElseThrow();
        assertThat(rule.weekOfMonth()).isEqualTo(5);
        assertThat(rule.days()).isEqualTo(Set.of(DayOfWeek.FRIDAY));
        assertThat(rule.dates(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)))
                .containsExactly(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 25));
        assertThat(dates("FREQ=WEEKLY;INTERVAL=2;UNTIL=20261117T000000Z", LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)))
                .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16));
    }

    @Test
    void unknownTextGivesNoRule() {
        assertThat(RecurrenceParser.parse("Recurring")).isEmpty();
        assertThat(RecurrenceParser.parse("Day 3 of every month of the Hijri calendar")).isEmpty();
        assertThat(RecurrenceParser.parse("FREQ=HOURLY")).isEmpty();
        assertThat(RecurrenceParser.parse("FREQ=DAILY;INTERVAL=0")).isEmpty();
        assertThat(RecurrenceParser.parse("Every Funday")).isEmpty();
        assertThat(RecurrenceParser.parse(null)).isEmpty();
    }

    @Test
    void anEndlessDailySeriesStopsAtTheWindowAndAHugeSpanIsBounded() {
        RecurrenceRule daily = RecurrenceRule.every(Frequency.DAILY, 1);
        assertThat(daily.dates(LocalDate.of(2000, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 7)))
                .hasSize(7);
        assertThat(daily.dates(LocalDate.of(1, 1, 1), LocalDate.of(1, 1, 1), LocalDate.of(9999, 1, 1)))
                .hasSize(RecurrenceRule.MAX_DAYS + 1);
    }
}
