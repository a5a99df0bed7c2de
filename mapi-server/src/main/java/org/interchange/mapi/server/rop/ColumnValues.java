package org.interchange.mapi.server.rop;

import java.util.Optional;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * Answers a requested property tag from an object's properties, [MS-OXCPRPT] 3.2.5.1 and
 * [MS-OXCTABL] 2.2.2.1: PtypUnspecified takes the stored type, PtypString8 and PtypString convert
 * into each other, another type is not found, and values larger than the limit come back as the
 * error ecMAPIOOM so the client opens a stream instead.
 */
public final class ColumnValues {
    /** Values above this many bytes are never returned inline in a ROP buffer. */
    public static final int DEFAULT_INLINE_LIMIT = 0x4000;

    private ColumnValues() {
    }

    /** The value for {@code requested}, an error value, or null when the property is missing. */
    public static PropertyValue lookup(PropertySource source, PropertyTag requested, int sizeLimit) {
        Optional<PropertyValue> stored = source.find(requested.id());
        if (stored.isEmpty() || stored.get().value() == null) {
            return null;
        }
        PropertyValue value = stored.get();
        int wanted = requested.typeCode();
        PropertyValue answer;
        if (wanted == PropertyType.UNSPECIFIED.code() || wanted == value.tag().typeCode()) {
            answer = new PropertyValue(wanted == PropertyType.UNSPECIFIED.code() ? value.tag() : requested, value.value());
        } else if (isString(wanted) && isString(value.tag().typeCode())) {
            answer = new PropertyValue(requested, value.value());
        } else {
            return null;
        }
        return inlineSize(answer) > sizeLimit ? PropertyValue.error(requested, RopErrors.NOT_ENOUGH_MEMORY) : answer;
    }

    /** The bytes a value takes in a ROP buffer, roughly: enough to decide what fits. */
    public static int inlineSize(PropertyValue value) {
        Object v = value.value();
        if (v instanceof byte[] bytes) {
            return bytes.length + 2;
        }
        if (v instanceof String s) {
            return 2 * s.length() + 2;
        }
        if (v instanceof java.util.List<?> list) {
            return list.stream().mapToInt(e -> e instanceof byte[] b ? b.length + 2
                    : e instanceof String s ? 2 * s.length() + 2 : 16).sum() + 4;
        }
        return 16;
    }

    private static boolean isString(int typeCode) {
        return typeCode == PropertyType.STRING.code() || typeCode == PropertyType.STRING8.code();
    }
}
