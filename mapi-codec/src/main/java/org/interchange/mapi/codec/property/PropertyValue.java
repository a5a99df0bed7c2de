package org.interchange.mapi.codec.property;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A property tag with its value, [MS-OXCDATA] 2.11.4 (TaggedPropertyValue). Java types per
 * property type: Short, Integer, Long (PtypInteger64, PtypCurrency), Float, Double (PtypFloating64,
 * PtypFloatingTime), Boolean, {@link Instant} (PtypTime), String, {@link UUID}, byte[] (PtypBinary,
 * PtypServerId, PtypObject), {@link Restriction} (PtypRestriction), {@link RuleActions}
 * (PtypRuleAction), {@link TypedPropertyValue} (PtypUnspecified), null (PtypNull); ErrorCode as
 * Integer; multi-valued types as {@link List}.
 */
public record PropertyValue(PropertyTag tag, Object value) {

    public PropertyValue {
        Objects.requireNonNull(tag, "tag");
    }

    public static PropertyValue of(PropertyTag tag, Object value) {
        return new PropertyValue(tag, value);
    }

    /** An error value (PtypErrorCode) for a tag, as returned for missing properties. */
    public static PropertyValue error(PropertyTag tag, int errorCode) {
        return new PropertyValue(tag.withType(PropertyType.ERROR_CODE), errorCode);
    }

    public boolean isError() {
        return tag.typeCode() == PropertyType.ERROR_CODE.code();
    }

    public String asString() {
        return (String) value;
    }

    public int asInt() {
        return ((Number) value).intValue();
    }

    public long asLong() {
        return ((Number) value).longValue();
    }

    public boolean asBoolean() {
        return (Boolean) value;
    }

    public Instant asTime() {
        return (Instant) value;
    }

    public byte[] asBytes() {
        return (byte[]) value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PropertyValue other && tag.equals(other.tag) && Objects.deepEquals(
                normalize(value), normalize(other.value));
    }

    @Override
    public int hashCode() {
        return tag.hashCode() * 31 + Arrays.deepHashCode(new Object[] {normalize(value)});
    }

    private static Object normalize(Object v) {
        return v instanceof List<?> list ? list.toArray() : v;
    }

    @Override
    public String toString() {
        Object shown = value instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : value;
        return tag + "=" + shown;
    }
}
