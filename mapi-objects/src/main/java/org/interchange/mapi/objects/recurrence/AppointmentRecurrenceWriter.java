package org.interchange.mapi.objects.recurrence;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * Writes PidLidAppointmentRecur ([MS-OXOCAL] 2.2.1.44.5) and bare RecurrencePattern blobs
 * (2.2.1.44.1). Reserved blocks are written empty; a never-ending series gets Outlook's EndDate.
 */
public final class AppointmentRecurrenceWriter {
    private static final int VERSION = 0x3004;

    private AppointmentRecurrenceWriter() {
    }

    public static byte[] write(AppointmentRecurrencePattern a) {
        ByteWriter w = new ByteWriter(128);
        pattern(w, a.pattern());
        w.i32(a.readerVersion2()).i32(a.writerVersion2()).i32(a.startTimeOffset()).i32(a.endTimeOffset());
        if (a.exceptions().size() > 0xFFFF) {
            throw new IllegalArgumentException("at most 65535 exceptions fit in ExceptionCount");
        }
        w.u16(a.exceptions().size());
        for (ExceptionInfo e : a.exceptions()) {
            exceptionInfo(w, e);
        }
        w.i32(0);
        boolean changeHighlight = Integer.compareUnsigned(a.writerVersion2(),
                AppointmentRecurrencePattern.WRITER_VERSION_2) >= 0;
        for (ExceptionInfo e : a.exceptions()) {
            extendedException(w, e, changeHighlight);
        }
        w.i32(0);
        return w.toByteArray();
    }

    /** A bare RecurrencePattern, as PidLidTaskRecurrence holds it. */
    public static byte[] writePattern(RecurrencePattern p) {
        ByteWriter w = new ByteWriter(64);
        pattern(w, p);
        return w.toByteArray();
    }

    private static void pattern(ByteWriter w, RecurrencePattern p) {
        PatternDates.validate(p);
        w.u16(VERSION).u16(VERSION).u16(p.frequency().code()).u16(p.patternType().code()).u16(p.calendarType());
        w.i32(p.firstDateTime()).i32(p.period()).i32(p.slidingFlag());
        switch (p.patternType()) {
            case DAY -> { }
            case WEEK -> w.i32(mask(p.days()));
            case MONTH, MONTH_END, HJ_MONTH, HJ_MONTH_END -> w.i32(p.dayOfMonth());
            case MONTH_NTH, HJ_MONTH_NTH -> w.i32(mask(p.days())).i32(p.weekOfMonth());
        }
        w.i32(p.endType().code()).i32(p.occurrenceCount()).i32(Minutes1601.dowIndex(p.firstDayOfWeek()));
        dates(w, p.deletedInstanceDates(), "DeletedInstanceDates");
        dates(w, p.modifiedInstanceDates(), "ModifiedInstanceDates");
        w.i32(date(p.startDate(), "StartDate"));
        w.i32(p.endType().isNever() ? RecurrencePattern.NEVER_END_DATE : date(p.endDate(), "EndDate"));
    }

    private static int mask(Set<DayOfWeek> days) {
        int mask = 0;
        for (DayOfWeek d : days) {
            mask |= Minutes1601.bit(d);
        }
        return mask;
    }

    private static void dates(ByteWriter w, List<LocalDate> dates, String field) {
        w.i32(dates.size());
        for (LocalDate d : dates) {
            w.i32(date(d, field));
        }
    }

    private static int date(LocalDate d, String field) {
        return Minutes1601.toWire(Minutes1601.of(d), field);
    }

    private static void exceptionInfo(ByteWriter w, ExceptionInfo e) {
        w.i32(Minutes1601.toWire(Minutes1601.of(e.start()), "StartDateTime"));
        w.i32(Minutes1601.toWire(Minutes1601.of(e.end()), "EndDateTime"));
        w.i32(Minutes1601.toWire(Minutes1601.of(e.originalStart()), "OriginalStartDate"));
        w.u16(e.overrideFlags());
        if (e.subject() != null) {
            string8(w, e.subject());
        }
        optional(w, e.meetingType());
        optional(w, e.reminderDelta());
        optional(w, e.reminderSet());
        if (e.location() != null) {
            string8(w, e.location());
        }
        optional(w, e.busyStatus());
        optional(w, e.attachment());
        optional(w, e.allDay());
        optional(w, e.appointmentColor());
    }

    private static void extendedException(ByteWriter w, ExceptionInfo e, boolean changeHighlight) {
        if (changeHighlight) {
            w.i32(4).i32(e.changeHighlight() == null ? 0 : e.changeHighlight());
        }
        w.i32(0);
        if (e.subject() != null || e.location() != null) {
            w.i32(Minutes1601.toWire(Minutes1601.of(e.start()), "StartDateTime"));
            w.i32(Minutes1601.toWire(Minutes1601.of(e.end()), "EndDateTime"));
            w.i32(Minutes1601.toWire(Minutes1601.of(e.originalStart()), "OriginalStartDate"));
            if (e.subject() != null) {
                utf16(w, e.subject());
            }
            if (e.location() != null) {
                utf16(w, e.location());
            }
            w.i32(0);
        }
    }

    /** SubjectLength (with the terminator it does not write), SubjectLength2, then the 8-bit text. */
    private static void string8(ByteWriter w, String s) {
        byte[] b = s.getBytes(BlobCursor.STRING8);
        if (b.length >= 0xFFFF) {
            throw new IllegalArgumentException("exception subject or location longer than 65534 bytes");
        }
        w.u16(b.length + 1).u16(b.length).bytes(b);
    }

    private static void utf16(ByteWriter w, String s) {
        if (s.length() > 0xFFFF) {
            throw new IllegalArgumentException("exception subject or location longer than 65535 characters");
        }
        w.u16(s.length()).bytes(s.getBytes(StandardCharsets.UTF_16LE));
    }

    private static void optional(ByteWriter w, Integer value) {
        if (value != null) {
            w.i32(value);
        }
    }

    private static void optional(ByteWriter w, Boolean value) {
        if (value != null) {
            w.i32(value ? 1 : 0);
        }
    }
}
