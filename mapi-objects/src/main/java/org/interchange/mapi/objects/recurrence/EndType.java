package org.interchange.mapi.objects.recurrence;

/**
 * The EndType field of a RecurrencePattern, [MS-OXOCAL] 2.2.1.44.1. Both 0x2023 and 0xFFFFFFFF
 * mean "never ends"; the second is kept apart so a blob is written back as it was read.
 */
public enum EndType {
    AFTER_DATE(0x2021), AFTER_OCCURRENCES(0x2022), NEVER(0x2023), NEVER_ALTERNATE(0xFFFFFFFF);

    private final int code;

    EndType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean isNever() {
        return this == NEVER || this == NEVER_ALTERNATE;
    }

    /** The end type with this wire value, or a {@link MalformedRecurrenceException}. */
    public static EndType of(int code) {
        for (EndType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new MalformedRecurrenceException("EndType: unknown value 0x" + Integer.toHexString(code));
    }
}
