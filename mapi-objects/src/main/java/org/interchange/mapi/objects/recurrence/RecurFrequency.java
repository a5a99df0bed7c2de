package org.interchange.mapi.objects.recurrence;

/** The RecurFrequency field of a RecurrencePattern, [MS-OXOCAL] 2.2.1.44.1. */
public enum RecurFrequency {
    DAILY(0x200A), WEEKLY(0x200B), MONTHLY(0x200C), YEARLY(0x200D);

    private final int code;

    RecurFrequency(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The frequency with this wire value, or a {@link MalformedRecurrenceException}. */
    public static RecurFrequency of(int code) {
        for (RecurFrequency f : values()) {
            if (f.code == code) {
                return f;
            }
        }
        throw new MalformedRecurrenceException("RecurFrequency: unknown value 0x" + Integer.toHexString(code));
    }
}
