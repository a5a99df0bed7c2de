package org.interchange.mapi.codec.property;

import org.interchange.mapi.codec.internal.FrozenList;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * Reads and writes property values by type, [MS-OXCDATA] 2.11.1. {@link #ROP} uses the widths of
 * ROP buffers (16-bit byte counts for PtypBinary, 32-bit value counts for multi-valued types);
 * {@link #WIDE} uses 32-bit counts for both, as in extended rules and MAPI/HTTP address book bodies
 * ([MS-OXCDATA] 2.11.1.1).
 */
public final class PropertyValueCodec {
    /** Count widths of ROP buffers. */
    public static final PropertyValueCodec ROP = new PropertyValueCodec(false);
    /** 32-bit byte counts and value counts. */
    public static final PropertyValueCodec WIDE = new PropertyValueCodec(true);

    /** Multi-valued-instance flag of table columns, [MS-OXCDATA] 2.11.1: rows carry one element. */
    public static final int MULTI_VALUE_INSTANCE_FLAG = 0x2000;

    private final boolean wideByteCounts;

    private PropertyValueCodec(boolean wideByteCounts) {
        this.wideByteCounts = wideByteCounts;
    }

    /**
     * The type of the value carried for {@code tag}: a column tag with the multi-valued-instance
     * flag carries a single element. Fails naming the tag when the type is unknown.
     */
    public static PropertyType valueType(PropertyTag tag) {
        int code = tag.typeCode();
        if ((code & MULTI_VALUE_INSTANCE_FLAG) != 0) {
            code &= ~(MULTI_VALUE_INSTANCE_FLAG | PropertyType.MULTI_VALUE_FLAG);
        }
        PropertyType type = PropertyType.byCode(code);
        if (type == null) {
            throw new MapiCodecException("unknown property type 0x" + Integer.toHexString(code) + " in tag " + tag);
        }
        return type;
    }

    /** A TaggedPropertyValue, [MS-OXCDATA] 2.11.4. */
    public PropertyValue readTagged(ByteReader in) {
        return readTagged(in, 1);
    }

    PropertyValue readTagged(ByteReader in, int depth) {
        PropertyTag tag = PropertyTag.valueOf(in.i32());
        return new PropertyValue(tag, read(in, valueType(tag), depth));
    }

    /** Writes a TaggedPropertyValue, [MS-OXCDATA] 2.11.4. */
    public void writeTagged(ByteWriter out, PropertyValue value) {
        out.i32(value.tag().value());
        write(out, valueType(value.tag()), value.value());
    }

    /** A TypedPropertyValue, [MS-OXCDATA] 2.11.3. */
    public TypedPropertyValue readTyped(ByteReader in) {
        return readTyped(in, 1);
    }

    TypedPropertyValue readTyped(ByteReader in, int depth) {
        int code = in.u16();
        PropertyType type = PropertyType.fromCode(code).orElseThrow(() -> new MapiCodecException(
                "unknown property type 0x" + Integer.toHexString(code) + " in TypedPropertyValue"));
        if (type == PropertyType.UNSPECIFIED) {
            throw new MapiCodecException("TypedPropertyValue at offset " + (in.position() - 2) + " has type PtypUnspecified");
        }
        return new TypedPropertyValue(type, read(in, type, depth));
    }

    /** Writes a TypedPropertyValue, [MS-OXCDATA] 2.11.3. */
    public void writeTyped(ByteWriter out, TypedPropertyValue value) {
        out.u16(value.type().code());
        write(out, value.type(), value.value());
    }

    /**
     * Reads one value of {@code type} (a PropertyValue, [MS-OXCDATA] 2.11.2). PtypUnspecified reads a
     * {@link TypedPropertyValue}, PtypRestriction a {@link Restriction}, PtypRuleAction {@link RuleActions};
     * PtypObject and PtypServerId read their bytes (see {@link ServerId}).
     */
    public Object read(ByteReader in, PropertyType type) {
        return read(in, type, 1);
    }

    Object read(ByteReader in, PropertyType type, int depth) {
        if (depth > RestrictionCodec.MAX_DEPTH) {
            throw new MapiCodecException("property value nested deeper than " + RestrictionCodec.MAX_DEPTH
                    + " at offset " + in.position());
        }
        // the single-valued types here, the rest in readNested: small enough for the JIT to inline into row loops
        return switch (type) {
            case NULL -> null;
            case INTEGER16 -> (short) in.u16();
            case INTEGER32, ERROR_CODE -> in.i32();
            case FLOATING32 -> Float.intBitsToFloat(in.i32());
            case FLOATING64, FLOATING_TIME -> Double.longBitsToDouble(in.i64());
            case CURRENCY, INTEGER64 -> in.i64();
            case BOOLEAN -> in.u8() != 0;
            case TIME -> FileTime.toInstant(in.i64());
            case GUID -> in.guid();
            case STRING -> in.utf16z();
            case STRING8 -> in.ascii8z();
            case BINARY, SERVER_ID, OBJECT -> in.bytes(byteCount(in), type, "value");
            default -> readNested(in, type, depth);
        };
    }

    /** A PtypUnspecified, PtypRestriction or PtypRuleAction value, or else a multi-valued one. */
    private Object readNested(ByteReader in, PropertyType type, int depth) {
        return switch (type) {
            case UNSPECIFIED -> readTyped(in, depth + 1);
            case RESTRICTION -> restrictions().read(in, depth + 1);
            case RULE_ACTION -> ruleActions().read(in, depth + 1);
            default -> readMulti(in, type, depth);
        };
    }

    /** Writes one value of {@code type}; fails naming the type when the Java value does not fit. */
    public void write(ByteWriter out, PropertyType type, Object value) {
        switch (type) {
            case NULL -> { }
            case INTEGER16 -> out.u16(number(type, value).shortValue());
            case INTEGER32, ERROR_CODE -> out.i32(number(type, value).intValue());
            case FLOATING32 -> out.i32(Float.floatToRawIntBits(number(type, value).floatValue()));
            case FLOATING64, FLOATING_TIME -> out.i64(Double.doubleToRawLongBits(number(type, value).doubleValue()));
            case CURRENCY, INTEGER64 -> out.i64(number(type, value).longValue());
            case BOOLEAN -> out.u8(cast(type, value, Boolean.class) ? 1 : 0);
            case TIME -> out.i64(FileTime.fromInstant(cast(type, value, Instant.class)));
            case GUID -> out.guid(cast(type, value, UUID.class));
            case STRING -> out.utf16z(cast(type, value, String.class));
            case STRING8 -> out.ascii8z(cast(type, value, String.class));
            case BINARY, SERVER_ID, OBJECT -> writeBytes(out, cast(type, value, byte[].class));
            case UNSPECIFIED -> writeTyped(out, cast(type, value, TypedPropertyValue.class));
            case RESTRICTION -> restrictions().write(out, cast(type, value, Restriction.class));
            case RULE_ACTION -> ruleActions().write(out, cast(type, value, RuleActions.class));
            case MULTIPLE_INTEGER16, MULTIPLE_INTEGER32, MULTIPLE_FLOATING32, MULTIPLE_FLOATING64,
                 MULTIPLE_CURRENCY, MULTIPLE_FLOATING_TIME, MULTIPLE_INTEGER64, MULTIPLE_STRING8,
                 MULTIPLE_STRING, MULTIPLE_TIME, MULTIPLE_GUID, MULTIPLE_BINARY -> {
                List<?> list = cast(type, value, List.class);
                out.i32(list.size());
                for (Object element : list) {
                    write(out, type.elementType(), element);
                }
            }
        }
    }

    /** The restriction codec with the same count widths. */
    RestrictionCodec restrictions() {
        return wideByteCounts ? RestrictionCodec.WIDE : RestrictionCodec.ROP;
    }

    /** The rule action codec with the same count widths (standard or extended rules). */
    RuleActionCodec ruleActions() {
        return wideByteCounts ? RuleActionCodec.EXTENDED : RuleActionCodec.STANDARD;
    }

    private int byteCount(ByteReader in) {
        if (!wideByteCounts) {
            return in.u16();
        }
        long count = in.u32();
        if (count > in.remaining()) {
            throw new MapiCodecException("binary value claims " + count + " bytes at offset "
                    + in.position() + " but only " + in.remaining() + " remain");
        }
        return (int) count;
    }

    private void writeBytes(ByteWriter out, byte[] bytes) {
        if (wideByteCounts) {
            out.i32(bytes.length);
        } else {
            if (bytes.length > 0xFFFF) {
                throw new MapiCodecException("binary value of " + bytes.length
                        + " bytes does not fit the 16-bit count of a ROP buffer");
            }
            out.u16(bytes.length);
        }
        out.bytes(bytes);
    }

    private List<Object> readMulti(ByteReader in, PropertyType type, int depth) {
        long count = in.u32();
        PropertyType element = type.elementType();
        long minimum = element.fixedSize() > 0 ? element.fixedSize()
                : element == PropertyType.STRING8 ? 1 : element == PropertyType.BINARY && wideByteCounts ? 4 : 2;
        if (count * minimum > in.remaining()) {
            throw new MapiCodecException(type + " claims " + count + " values at offset "
                    + in.position() + " but only " + in.remaining() + " bytes remain");
        }
        Object[] values = new Object[(int) count];
        for (int i = 0; i < values.length; i++) {
            values[i] = read(in, element, depth);
        }
        return FrozenList.adopt(values);
    }

    private static Number number(PropertyType type, Object value) {
        return cast(type, value, Number.class);
    }

    private static <T> T cast(PropertyType type, Object value, Class<T> expected) {
        if (!expected.isInstance(value)) {
            throw new MapiCodecException("a " + type + " value must be a " + expected.getSimpleName()
                    + " but is " + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        return expected.cast(value);
    }
}
