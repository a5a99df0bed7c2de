package org.interchange.mapi.codec.fxics;

import java.util.Objects;
import org.interchange.mapi.codec.property.PropertyName;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * A propValue of a FastTransfer stream, [MS-OXCFXICS] 2.2.4.1.1 and 2.2.4.3.21: a property value
 * and, for named properties (ids 0x8000 and up), the propertyName written after the tag.
 * {@code name} is null for tagged properties.
 */
public record StreamProperty(PropertyValue value, PropertyName name) {

    public StreamProperty {
        Objects.requireNonNull(value, "value");
        if (value.tag().isNamed() != (name != null)) {
            throw new IllegalArgumentException("property " + value.tag()
                    + (name == null ? " is named but has no name" : " is not named but has a name"));
        }
    }

    public static StreamProperty of(PropertyTag tag, Object value) {
        return new StreamProperty(new PropertyValue(tag, value), null);
    }

    public static StreamProperty named(PropertyTag tag, PropertyName name, Object value) {
        return new StreamProperty(new PropertyValue(tag, value), name);
    }

    public PropertyTag tag() {
        return value.tag();
    }
}
