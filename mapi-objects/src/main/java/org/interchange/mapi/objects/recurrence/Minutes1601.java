package org.interchange.mapi.objects.recurrence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Local times as minutes since 1601-01-01 00:00, the unit of every date in [MS-OXOCAL] 2.2.1.44. */
final class Minutes1601 {
    static final LocalDate EPOCH = LocalDate.of(1601, 1, 1);
    static final int MINUTES_PER_DAY = 1440;
    static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

    private Minutes1601() {
    }

    static long of(LocalDate date) {
        return ChronoUnit.DAYS.between(EPOCH, date) * MINUTES_PER_DAY;
    }

    static long of(LocalDateTime time) {
        return ChronoUnit.MINUTES.between(EPOCH.atStartOfDay(), time);
    }

    /** The wire value: an unsigned 32-bit count of minutes. */
    static int toWire(long minutes, String field) {
        if (minutes < 0 || minutes > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(field + " is outside the range of the recurrence blob");
        }
        return (int) minutes;
    }

    static LocalDateTime dateTime(int wire) {
        return EPOCH.atStartOfDay().plusMinutes(Integer.toUnsignedLong(wire));
    }

    static LocalDate date(int wire) {
        return dateTime(wire).toLocalDate();
    }

    /** The Week bits of PatternTypeSpecific, [MS-OXOCAL] 2.2.1.44.1: Sunday 0x01 to Saturday 0x40. */
    static int bit(DayOfWeek day) {
        return 1 << (day.getValue() % 7);
    }

    /** The FirstDOW and DayOfWeek wire value: Sunday 0 to Saturday 6. */
    static int dowIndex(DayOfWeek day) {
        return day.getValue() % 7;
    }

    static DayOfWeek dayOfIndex(int index) {
        return DayOfWeek.SUNDAY.plus(index);
    }

    static long monthIndex(LocalDate date) {
        return (date.getYear() - 1601L) * 12 + date.getMonthValue() - 1;
    }
}
