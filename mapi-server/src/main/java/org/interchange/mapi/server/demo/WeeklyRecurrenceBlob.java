package org.interchange.mapi.server.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * Builds the PidLidAppointmentRecur value of a weekly series without exceptions:
 * AppointmentRecurrencePattern, [MS-OXOCAL] 2.2.1.44.5, around a RecurrencePattern,
 * [MS-OXOCAL] 2.2.1.44.1, ending after a number of occurrences. Times are in the series' time zone.
 */
final class WeeklyRecurrenceBlob {
    private static final int READER_VERSION = 0x3004;
    private static final int WRITER_VERSION = 0x3004;
    private static final int FREQUENCY_WEEKLY = 0x200B;
    private static final int PATTERN_WEEK = 0x0001;
    private static final int CALENDAR_GREGORIAN = 0x0000;
    private static final int END_AFTER_N_OCCURRENCES = 0x2022;
    private static final int FIRST_DOW_SUNDAY = 0;
    private static final int READER_VERSION_2 = 0x3006;
    private static final int WRITER_VERSION_2 = 0x3008;
    private static final int MINUTES_PER_WEEK = 7 * 24 * 60;
    private static final LocalDateTime EPOCH_1601 = LocalDateTime.of(1601, 1, 1, 0, 0);

    private WeeklyRecurrenceBlob() {
    }

    /**
     * A series on the weekday of {@code firstDay}, every {@code periodWeeks} weeks, from
     * {@code startTime} for {@code duration}, {@code occurrences} times.
     */
    static byte[] weekly(LocalDate firstDay, LocalTime startTime, Duration duration, int periodWeeks, int occurrences) {
        if (periodWeeks < 1 || occurrences < 1) {
            throw new IllegalArgumentException("period and occurrences must be positive");
        }
        LocalDate weekStart = firstDay.minusDays(firstDay.getDayOfWeek().getValue() % 7);
        int firstDateTime = (int) (minutes(weekStart) % ((long) MINUTES_PER_WEEK * periodWeeks));
        LocalDate lastDay = firstDay.plusWeeks((long) periodWeeks * (occurrences - 1));
        ByteWriter w = new ByteWriter(80);
        w.u16(READER_VERSION).u16(WRITER_VERSION).u16(FREQUENCY_WEEKLY).u16(PATTERN_WEEK).u16(CALENDAR_GREGORIAN);
        w.i32(firstDateTime).i32(periodWeeks).i32(0);
        w.i32(dayMask(firstDay.getDayOfWeek()));
        w.i32(END_AFTER_N_OCCURRENCES).i32(occurrences).i32(FIRST_DOW_SUNDAY);
        w.i32(0).i32(0);
        w.i32((int) minutes(firstDay)).i32((int) minutes(lastDay));
        int startOffset = startTime.getHour() * 60 + startTime.getMinute();
        w.i32(READER_VERSION_2).i32(WRITER_VERSION_2);
        w.i32(startOffset).i32(startOffset + (int) duration.toMinutes());
        w.u16(0);
        w.i32(0);
        w.i32(0);
        return w.toByteArray();
    }

    /** Minutes from 1601-01-01 00:00 to midnight of {@code day}. */
    static long minutes(LocalDate day) {
        return Duration.between(EPOCH_1601, day.atStartOfDay()).toMinutes();
    }

    /** The PatternTypeSpecific Week bit of a weekday, [MS-OXOCAL] 2.2.1.44.1.2 (Sunday = 0x01). */
    private static int dayMask(DayOfWeek day) {
        return 1 << (day.getValue() % 7);
    }
}
