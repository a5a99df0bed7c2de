package org.interchange.mapi.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.interchange.mapi.codec.io.ByteReader;
import org.junit.jupiter.api.Test;

class WeeklyRecurrenceBlobTest {
    @Test
    void weeklySeriesHasTheFieldsOfMsOxocal() {
        LocalDate monday = LocalDate.of(2026, 11, 2);
        byte[] blob = WeeklyRecurrenceBlob.weekly(monday, LocalTime.of(9, 30), Duration.ofMinutes(30), 1, 10);
        ByteReader r = new ByteReader(blob);

        assertThat(r.u16()).isEqualTo(0x3004);
        assertThat(r.u16()).isEqualTo(0x3004);
        assertThat(r.u16()).as("RecurFrequency weekly").isEqualTo(0x200B);
        assertThat(r.u16()).as("PatternType week").isEqualTo(1);
        assertThat(r.u16()).as("CalendarType").isZero();
        long sunday = WeeklyRecurrenceBlob.minutes(LocalDate.of(2026, 11, 1));
        assertThat(r.u32()).as("FirstDateTime").isEqualTo(sunday % 10080);
        assertThat(r.u32()).as("Period").isEqualTo(1);
        assertThat(r.u32()).as("SlidingFlag").isZero();
        assertThat(r.u32()).as("Monday bit").isEqualTo(0x02);
        assertThat(r.u32()).as("EndType").isEqualTo(0x2022);
        assertThat(r.u32()).as("OccurrenceCount").isEqualTo(10);
        assertThat(r.u32()).as("FirstDOW").isZero();
        assertThat(r.u32()).isZero();
        assertThat(r.u32()).isZero();
        assertThat(r.u32()).as("StartDate").isEqualTo(WeeklyRecurrenceBlob.minutes(monday));
        assertThat(r.u32()).as("EndDate").isEqualTo(WeeklyRecurrenceBlob.minutes(monday.plusWeeks(9)));
        assertThat(r.u32()).isEqualTo(0x3006);
        assertThat(r.u32()).isEqualTo(0x3008);
        assertThat(r.u32()).as("StartTimeOffset").isEqualTo(570);
        assertThat(r.u32()).as("EndTimeOffset").isEqualTo(600);
        assertThat(r.u16()).as("ExceptionCount").isZero();
        assertThat(r.u32()).isZero();
        assertThat(r.u32()).isZero();
        assertThat(r.hasRemaining()).isFalse();
        assertThat(WeeklyRecurrenceBlob.minutes(LocalDate.of(1601, 1, 2))).isEqualTo(1440);
    }
}
