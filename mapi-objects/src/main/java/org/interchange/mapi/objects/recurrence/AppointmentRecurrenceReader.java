package org.interchange.mapi.objects.recurrence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PropertyBag;

/**
 * Reads PidLidAppointmentRecur ([MS-OXOCAL] 2.2.1.44.5) and bare RecurrencePattern blobs
 * (2.2.1.44.1, as in PidLidTaskRecurrence). Every length is checked against the bytes left
 * before anything is allocated; anything malformed ends in a {@link MalformedRecurrenceException}
 * naming the field.
 */
public final class AppointmentRecurrenceReader {
    private static final int READER_VERSION = 0x3004;
    private static final int EXCEPTION_INFO_MIN_SIZE = 14;

    private AppointmentRecurrenceReader() {
    }

    /** An AppointmentRecurrencePattern blob. */
    public static AppointmentRecurrencePattern read(byte[] blob) {
        BlobCursor in = new BlobCursor(blob);
        RecurrencePattern pattern = pattern(in);
        int readerVersion2 = in.u32("ReaderVersion2");
        if (readerVersion2 != AppointmentRecurrencePattern.READER_VERSION_2) {
            throw new MalformedRecurrenceException("ReaderVersion2: expected 0x3006, was 0x"
                    + Integer.toHexString(readerVersion2));
        }
        int writerVersion2 = in.u32("WriterVersion2");
        int startOffset = in.u32("StartTimeOffset");
        int endOffset = in.u32("EndTimeOffset");
        if (startOffset < 0 || endOffset < startOffset) {
            throw new MalformedRecurrenceException("EndTimeOffset: " + Integer.toUnsignedString(endOffset)
                    + " is before StartTimeOffset " + Integer.toUnsignedString(startOffset));
        }
        int count = in.count("ExceptionCount", false, EXCEPTION_INFO_MIN_SIZE);
        List<ExceptionFields> infos = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            infos.add(exceptionInfo(in, "ExceptionInfo[" + i + "]."));
        }
        in.skip(Integer.toUnsignedLong(in.u32("ReservedBlock1Size")), "ReservedBlock1");
        List<ExceptionInfo> exceptions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            exceptions.add(extendedException(in, infos.get(i), writerVersion2, "ExtendedException[" + i + "]."));
        }
        in.skip(Integer.toUnsignedLong(in.u32("ReservedBlock2Size")), "ReservedBlock2");
        return new AppointmentRecurrencePattern(pattern, readerVersion2, writerVersion2, startOffset, endOffset,
                exceptions);
    }

    /** The PidLidAppointmentRecur of an appointment, if it has one. */
    public static Optional<AppointmentRecurrencePattern> read(PropertyBag appointment) {
        return appointment.get(PidLid.APPOINTMENT_RECUR).filter(v -> v.value() instanceof byte[])
                .map(v -> read(v.asBytes()));
    }

    /** A bare RecurrencePattern blob; bytes after it are ignored. */
    public static RecurrencePattern readPattern(byte[] blob) {
        return pattern(new BlobCursor(blob));
    }

    private static RecurrencePattern pattern(BlobCursor in) {
        version(in.u16("ReaderVersion"), "ReaderVersion");
        version(in.u16("WriterVersion"), "WriterVersion");
        RecurFrequency frequency = RecurFrequency.of(in.u16("RecurFrequency"));
        PatternType type = PatternType.of(in.u16("PatternType"));
        int calendarType = in.u16("CalendarType");
        int firstDateTime = in.u32("FirstDateTime");
        int period = in.u32("Period");
        int sliding = in.u32("SlidingFlag");
        Set<DayOfWeek> days = Set.of();
        int dayOfMonth = 0;
        int week = 0;
        switch (type) {
            case DAY -> { }
            case WEEK -> days = days(in.u32("PatternTypeSpecific.Week"), "PatternTypeSpecific.Week");
            case MONTH, MONTH_END, HJ_MONTH, HJ_MONTH_END -> dayOfMonth = in.u32("PatternTypeSpecific.Day");
            case MONTH_NTH, HJ_MONTH_NTH -> {
                days = days(in.u32("PatternTypeSpecific.MonthNth.DayOfWeek"), "PatternTypeSpecific.MonthNth.DayOfWeek");
                week = in.u32("PatternTypeSpecific.MonthNth.N");
            }
        }
        EndType endType = EndType.of(in.u32("EndType"));
        int occurrences = in.u32("OccurrenceCount");
        int firstDow = in.u32("FirstDOW");
        if (firstDow < 0 || firstDow > 6) {
            throw new MalformedRecurrenceException("FirstDOW: must be 0 to 6, was " + Integer.toUnsignedString(firstDow));
        }
        List<LocalDate> deleted = dates(in, "DeletedInstanceCount", "DeletedInstanceDates");
        List<LocalDate> modified = dates(in, "ModifiedInstanceCount", "ModifiedInstanceDates");
        LocalDate start = Minutes1601.date(in.u32("StartDate"));
        LocalDate end = Minutes1601.date(in.u32("EndDate"));
        RecurrencePattern pattern = new RecurrencePattern(frequency, type, calendarType, firstDateTime, period, sliding,
                days, dayOfMonth, week, endType, occurrences, Minutes1601.dayOfIndex(firstDow), deleted, modified,
                start, end);
        PatternDates.validate(pattern);
        return pattern;
    }

    private static void version(int value, String field) {
        if (value != READER_VERSION) {
            throw new MalformedRecurrenceException(field + ": expected 0x3004, was 0x" + Integer.toHexString(value));
        }
    }

    private static Set<DayOfWeek> days(int mask, String field) {
        if ((mask & ~0x7F) != 0) {
            throw new MalformedRecurrenceException(field + ": bits beyond Saturday set in 0x" + Integer.toHexString(mask));
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if ((mask & Minutes1601.bit(d)) != 0) {
                days.add(d);
            }
        }
        return days;
    }

    private static List<LocalDate> dates(BlobCursor in, String countField, String field) {
        int count = in.count(countField, true, 4);
        List<LocalDate> dates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            dates.add(Minutes1601.date(in.u32(field + "[" + i + "]")));
        }
        return dates;
    }

    /** ExceptionInfo, [MS-OXOCAL] 2.2.1.44.2. */
    private static ExceptionFields exceptionInfo(BlobCursor in, String at) {
        LocalDateTime start = Minutes1601.dateTime(in.u32(at + "StartDateTime"));
        LocalDateTime end = Minutes1601.dateTime(in.u32(at + "EndDateTime"));
        LocalDateTime original = Minutes1601.dateTime(in.u32(at + "OriginalStartDate"));
        if (end.isBefore(start)) {
            throw new MalformedRecurrenceException(at + "EndDateTime: " + end + " is before StartDateTime " + start);
        }
        int flags = in.u16(at + "OverrideFlags");
        String subject = null;
        if ((flags & ExceptionInfo.ARO_SUBJECT) != 0) {
            in.u16(at + "SubjectLength");
            subject = in.string8(in.u16(at + "SubjectLength2"), at + "Subject");
        }
        Integer meetingType = optional(in, flags, ExceptionInfo.ARO_MEETINGTYPE, at + "MeetingType");
        Integer reminderDelta = optional(in, flags, ExceptionInfo.ARO_REMINDERDELTA, at + "ReminderDelta");
        Integer reminderSet = optional(in, flags, ExceptionInfo.ARO_REMINDER, at + "ReminderSet");
        String location = null;
        if ((flags & ExceptionInfo.ARO_LOCATION) != 0) {
            in.u16(at + "LocationLength");
            location = in.string8(in.u16(at + "LocationLength2"), at + "Location");
        }
        Integer busy = optional(in, flags, ExceptionInfo.ARO_BUSYSTATUS, at + "BusyStatus");
        Integer attachment = optional(in, flags, ExceptionInfo.ARO_ATTACHMENT, at + "Attachment");
        Integer subType = optional(in, flags, ExceptionInfo.ARO_SUBTYPE, at + "SubType");
        Integer color = optional(in, flags, ExceptionInfo.ARO_APPTCOLOR, at + "AppointmentColor");
        return new ExceptionFields(new ExceptionInfo(start, end, original, subject, meetingType, reminderDelta,
                bool(reminderSet), location, busy, bool(attachment), bool(subType), color,
                (flags & ExceptionInfo.ARO_EXCEPTIONAL_BODY) != 0, null), flags);
    }

    /** ExtendedException, [MS-OXOCAL] 2.2.1.44.3, merged into the ExceptionInfo read before it. */
    private static ExceptionInfo extendedException(BlobCursor in, ExceptionFields read, int writerVersion2, String at) {
        ExceptionInfo e = read.info();
        Integer changeHighlight = null;
        if (Integer.compareUnsigned(writerVersion2, AppointmentRecurrencePattern.WRITER_VERSION_2) >= 0) {
            long size = Integer.toUnsignedLong(in.u32(at + "ChangeHighlightSize"));
            if (size < 4) {
                throw new MalformedRecurrenceException(at + "ChangeHighlightSize: must be at least 4, was " + size);
            }
            changeHighlight = in.u32(at + "ChangeHighlightValue");
            in.skip(size - 4, at + "ChangeHighlight.Reserved");
        }
        in.skip(Integer.toUnsignedLong(in.u32(at + "ReservedBlockEE1Size")), at + "ReservedBlockEE1");
        String subject = e.subject();
        String location = e.location();
        boolean hasSubject = (read.flags() & ExceptionInfo.ARO_SUBJECT) != 0;
        boolean hasLocation = (read.flags() & ExceptionInfo.ARO_LOCATION) != 0;
        if (hasSubject || hasLocation) {
            in.u32(at + "StartDateTime");
            in.u32(at + "EndDateTime");
            in.u32(at + "OriginalStartDate");
            if (hasSubject) {
                subject = in.utf16(in.u16(at + "WideCharSubjectLength"), at + "WideCharSubject");
            }
            if (hasLocation) {
                location = in.utf16(in.u16(at + "WideCharLocationLength"), at + "WideCharLocation");
            }
            in.skip(Integer.toUnsignedLong(in.u32(at + "ReservedBlockEE2Size")), at + "ReservedBlockEE2");
        }
        return new ExceptionInfo(e.start(), e.end(), e.originalStart(), subject, e.meetingType(), e.reminderDelta(),
                e.reminderSet(), location, e.busyStatus(), e.attachment(), e.allDay(), e.appointmentColor(),
                e.exceptionalBody(), changeHighlight);
    }

    private static Integer optional(BlobCursor in, int flags, int flag, String field) {
        return (flags & flag) != 0 ? in.u32(field) : null;
    }

    private static Boolean bool(Integer value) {
        return value == null ? null : value != 0;
    }

    private record ExceptionFields(ExceptionInfo info, int flags) {
    }
}
