package org.interchange.mapi.objects.recurrence;

/**
 * The PatternType field of a RecurrencePattern, [MS-OXOCAL] 2.2.1.44.1; it decides what the
 * PatternTypeSpecific field holds. The HJ_* types count months in the Hijri calendar.
 */
public enum PatternType {
    DAY(0x0000), WEEK(0x0001), MONTH(0x0002), MONTH_NTH(0x0003), MONTH_END(0x0004),
    HJ_MONTH(0x000A), HJ_MONTH_NTH(0x000B), HJ_MONTH_END(0x000C);

    private final int code;

    PatternType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** True for the types counted in months (monthly and yearly series). */
    public boolean isMonthBased() {
        return this != DAY && this != WEEK;
    }

    /** True for the Hijri variants, which this package reads and writes but does not expand. */
    public boolean isHijri() {
        return this == HJ_MONTH || this == HJ_MONTH_NTH || this == HJ_MONTH_END;
    }

    /** The type with this wire value, or a {@link MalformedRecurrenceException}. */
    public static PatternType of(int code) {
        for (PatternType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new MalformedRecurrenceException("PatternType: unknown value 0x" + Integer.toHexString(code));
    }
}
