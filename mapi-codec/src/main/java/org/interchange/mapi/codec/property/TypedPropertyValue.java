package org.interchange.mapi.codec.property;

import java.util.Objects;

/**
 * A property value preceded by its type but no property id, [MS-OXCDATA] 2.11.3; used for
 * PtypUnspecified columns of property rows. Java value types as in {@link PropertyValue}.
 */
public record TypedPropertyValue(PropertyType type, Object value) {

    public TypedPropertyValue {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypedPropertyValue other && type == other.type
                && new PropertyValue(PropertyTag.of(0, type), value)
                        .equals(new PropertyValue(PropertyTag.of(0, type), other.value));
    }

    @Override
    public int hashCode() {
        return new PropertyValue(PropertyTag.of(0, type), value).hashCode();
    }
}
