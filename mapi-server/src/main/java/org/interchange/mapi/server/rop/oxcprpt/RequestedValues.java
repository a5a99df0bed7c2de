package org.interchange.mapi.server.rop.oxcprpt;

import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;

/** Adapts values to the WantUnicode field of the property ROPs, [MS-OXCROPS] 2.2.8.3.1 and 2.2.8.4.1. */
final class RequestedValues {
    private RequestedValues() {
    }

    /** With WantUnicode 0, Unicode strings of PtypUnspecified requests are returned as PtypString8. */
    static PropertyValue forUnicode(PropertyValue value, boolean wantUnicode) {
        if (value == null || wantUnicode || value.tag().typeCode() != PropertyType.STRING.code()) {
            return value;
        }
        return new PropertyValue(value.tag().withType(PropertyType.STRING8), value.value());
    }

    /** The inline size limit: PropertySizeLimit when set, never more than the response can carry. */
    static int sizeLimit(int propertySizeLimit, int remainingBytes) {
        int limit = Math.min(org.interchange.mapi.server.rop.ColumnValues.DEFAULT_INLINE_LIMIT, remainingBytes / 2);
        return propertySizeLimit == 0 ? limit : Math.min(limit, propertySizeLimit);
    }
}
