package org.interchange.mapi.objects.recurrence;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The PidLidAppointmentRecur value, the AppointmentRecurrencePattern structure of [MS-OXOCAL]
 * 2.2.1.44.5: a {@link RecurrencePattern}, the series' start and end as minutes after local
 * midnight (the end may pass midnight), and its modified instances. Read and write it with
 * {@link AppointmentRecurrenceReader} and {@link AppointmentRecurrenceWriter}.
 */
public record AppointmentRecurrencePattern(RecurrencePattern pattern, int readerVersion2, int writerVersion2,
                                           int startTimeOffset, int endTimeOffset, List<ExceptionInfo> exceptions) {

    public static final int READER_VERSION_2 = 0x3006;
    /** WriterVersion2 of Outlook 2007 and later; from this version ExtendedException carries ChangeHighlight. */
    public static final int WRITER_VERSION_2 = 0x3009;

    public AppointmentRecurrencePattern {
        Objects.requireNonNull(pattern, "pattern");
        if (endTimeOffset < startTimeOffset) {
            throw new IllegalArgumentException("EndTimeOffset before StartTimeOffset");
        }
        exceptions = List.copyOf(exceptions);
    }

    /** A series without exceptions from {@code startTime} for {@code duration} on each date. */
    public static AppointmentRecurrencePattern of(RecurrencePattern pattern, LocalTime startTime, Duration duration) {
        int start = startTime.getHour() * 60 + startTime.getMinute();
        return new AppointmentRecurrencePattern(pattern, READER_VERSION_2, WRITER_VERSION_2, start,
                Math.addExact(start, Math.toIntExact(duration.toMinutes())), List.of());
    }

    public LocalTime startTime() {
        return LocalTime.MIDNIGHT.plusMinutes(startTimeOffset);
    }

    public Duration duration() {
        return Duration.ofMinutes((long) endTimeOffset - startTimeOffset);
    }

    /** This series with the instance of {@code originalDate} deleted. */
    public AppointmentRecurrencePattern withDeletedOccurrence(LocalDate originalDate) {
        List<LocalDate> deleted = new ArrayList<>(pattern.deletedInstanceDates());
        deleted.add(originalDate);
        List<ExceptionInfo> kept = exceptions.stream()
                .filter(e -> !e.originalStart().toLocalDate().equals(originalDate)).toList();
        List<LocalDate> modified = kept.stream().map(e -> e.start().toLocalDate()).toList();
        return new AppointmentRecurrencePattern(pattern.withInstanceDates(deleted, modified), readerVersion2,
                writerVersion2, startTimeOffset, endTimeOffset, kept);
    }

    /**
     * This series with one instance modified; an earlier change of the same instance is replaced.
     * The instance's original date goes to DeletedInstanceDates and its new date to ModifiedInstanceDates.
     */
    public AppointmentRecurrencePattern withModifiedOccurrence(ExceptionInfo exception) {
        LocalDate original = exception.originalStart().toLocalDate();
        List<ExceptionInfo> all = new ArrayList<>(exceptions.stream()
                .filter(e -> !e.originalStart().toLocalDate().equals(original)).toList());
        all.add(exception);
        all.sort(Comparator.comparing(ExceptionInfo::start));
        List<LocalDate> deleted = new ArrayList<>(pattern.deletedInstanceDates());
        deleted.add(original);
        List<LocalDate> modified = all.stream().map(e -> e.start().toLocalDate()).toList();
        return new AppointmentRecurrencePattern(pattern.withInstanceDates(deleted, modified), readerVersion2,
                writerVersion2, startTimeOffset, endTimeOffset, all);
    }
}
