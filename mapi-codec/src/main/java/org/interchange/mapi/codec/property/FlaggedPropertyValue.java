package org.interchange.mapi.codec.property;

import java.util.Objects;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * One value of a FlaggedPropertyRow, [MS-OXCDATA] 2.11.5 and 2.11.6: a flag byte then the value
 * (flag 0x00), nothing (0x01, not present) or a PtypErrorCode (0x0A). For an absent value
 * {@code value} holds the column tag and a null value; for an error, {@link PropertyValue#error}.
 */
public record FlaggedPropertyValue(int flag, PropertyValue value) {
    public static final int PRESENT = 0x00;
    public static final int ABSENT = 0x01;
    public static final int ERROR = 0x0A;

    public FlaggedPropertyValue {
        Objects.requireNonNull(value, "value");
        if (flag != PRESENT && flag != ABSENT && flag != ERROR) {
            throw new MapiCodecException("FlaggedPropertyValue flag 0x" + Integer.toHexString(flag)
                    + " is not 0x00, 0x01 or 0x0A");
        }
    }

    public static FlaggedPropertyValue present(PropertyValue value) {
        return new FlaggedPropertyValue(PRESENT, value);
    }

    public static FlaggedPropertyValue absent(PropertyTag column) {
        return new FlaggedPropertyValue(ABSENT, new PropertyValue(column, null));
    }

    public static FlaggedPropertyValue error(PropertyTag column, int errorCode) {
        return new FlaggedPropertyValue(ERROR, PropertyValue.error(column, errorCode));
    }
}
