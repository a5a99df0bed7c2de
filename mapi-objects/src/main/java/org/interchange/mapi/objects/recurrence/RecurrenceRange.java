package org.interchange.mapi.objects.recurrence;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a series ends, as chosen by a user: after a number of occurrences, on a date, or never
 * (the EndType, OccurrenceCount and EndDate fields of [MS-OXOCAL] 2.2.1.44.1).
 */
public record RecurrenceRange(EndType endType, int occurrences, LocalDate until) {

    public RecurrenceRange {
        Objects.requireNonNull(endType, "endType");
        if (endType == EndType.AFTER_OCCURRENCES && occurrences < 1) {
            throw new IllegalArgumentException("a series ends after at least one occurrence");
        }
        if (endType == EndType.AFTER_DATE) {
            Objects.requireNonNull(until, "until");
        }
    }

    public static RecurrenceRange count(int occurrences) {
        return new RecurrenceRange(EndType.AFTER_OCCURRENCES, occurrences, null);
    }

    public static RecurrenceRange until(LocalDate lastDay) {
        return new RecurrenceRange(EndType.AFTER_DATE, 0, lastDay);
    }

    public static RecurrenceRange never() {
        return new RecurrenceRange(EndType.NEVER, 0, null);
    }
}
