package org.interchange.mapi.server.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * Stores a property bag as bytes: a uint32 count then TaggedPropertyValues in the layout of
 * [MS-OXCDATA] 2.11.4, except that strings carry a uint32 byte length instead of a terminator
 * and times are FILETIME-free epoch values. The store's private format; only this class reads it.
 */
public final class PropertyBagSerializer {
    private static final int MAX_VALUES = 1 << 16;

    private PropertyBagSerializer() {
    }

    public static byte[] serialize(List<PropertyValue> values) {
        ByteWriter w = new ByteWriter(256);
        w.i32(values.size());
        for (PropertyValue v : values) {
            w.i32(v.tag().value());
            PropertyType type = v.tag().type();
            if (type.isMultiValued()) {
                List<?> items = (List<?>) v.value();
                w.i32(items.size());
                for (Object item : items) {
                    writeSingle(w, type.elementType(), item);
                }
            } else {
                writeSingle(w, type, v.value());
            }
        }
        return w.toByteArray();
    }

    public static List<PropertyValue> deserialize(byte[] bytes) {
        ByteReader r = new ByteReader(bytes);
        int count = r.i32();
        if (count < 0 || count > MAX_VALUES) {
            throw new MapiCodecException("property bag count out of range: " + count);
        }
        List<PropertyValue> out = new ArrayList<>(Math.min(count, r.remaining() / 4));
        for (int i = 0; i < count; i++) {
            PropertyTag tag = new PropertyTag(r.i32());
            PropertyType type = tag.type();
            if (type.isMultiValued()) {
                int n = r.i32();
                r.require(n, "multi-value count " + n + " of " + tag);
                List<Object> items = new ArrayList<>(n);
                for (int j = 0; j < n; j++) {
                    items.add(readSingle(r, type.elementType()));
                }
                out.add(PropertyValue.of(tag, List.copyOf(items)));
            } else {
                out.add(PropertyValue.of(tag, readSingle(r, type)));
            }
        }
        return out;
    }

    private static void writeSingle(ByteWriter w, PropertyType type, Object value) {
        switch (type) {
            case NULL -> { }
            case INTEGER16 -> w.u16(((Number) value).shortValue());
            case INTEGER32, ERROR_CODE -> w.i32(((Number) value).intValue());
            case FLOATING32 -> w.i32(Float.floatToRawIntBits(((Number) value).floatValue()));
            case FLOATING64, FLOATING_TIME -> w.i64(Double.doubleToRawLongBits(((Number) value).doubleValue()));
            case CURRENCY, INTEGER64 -> w.i64(((Number) value).longValue());
            case BOOLEAN -> w.u8((Boolean) value ? 1 : 0);
            case TIME -> {
                Instant t = (Instant) value;
                w.i64(t.getEpochSecond()).i32(t.getNano());
            }
            case GUID -> w.guid((UUID) value);
            case STRING, STRING8 -> lengthPrefixed(w, ((String) value).getBytes(StandardCharsets.UTF_8));
            case BINARY, SERVER_ID, OBJECT -> lengthPrefixed(w, (byte[]) value);
            default -> throw new MapiCodecException("cannot store property type " + type);
        }
    }

    private static Object readSingle(ByteReader r, PropertyType type) {
        return switch (type) {
            case NULL -> null;
            case INTEGER16 -> (short) r.u16();
            case INTEGER32, ERROR_CODE -> r.i32();
            case FLOATING32 -> Float.intBitsToFloat(r.i32());
            case FLOATING64, FLOATING_TIME -> Double.longBitsToDouble(r.i64());
            case CURRENCY, INTEGER64 -> r.i64();
            case BOOLEAN -> r.u8() != 0;
            case TIME -> Instant.ofEpochSecond(r.i64(), r.i32());
            case GUID -> r.guid();
            case STRING, STRING8 -> new String(r.bytes(r.i32()), StandardCharsets.UTF_8);
            case BINARY, SERVER_ID, OBJECT -> r.bytes(r.i32());
            default -> throw new MapiCodecException("stored property bag holds unsupported type " + type);
        };
    }

    private static void lengthPrefixed(ByteWriter w, byte[] bytes) {
        w.i32(bytes.length).bytes(bytes);
    }
}
