package org.interchange.mapi.codec.fxics;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.FileTime;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;

/**
 * How a property value is laid out in a FastTransfer stream, [MS-OXCFXICS] 2.2.4.3.21 to
 * 2.2.4.3.24: fixed-size values inline (PtypBoolean takes 2 bytes), variable-size values behind a
 * 32-bit byte count (strings with their terminator), multi-valued ones behind a 32-bit value count,
 * code-page strings (type 0x8000 | code page, 2.2.4.1.1.1) like PtypString8, and MetaTagIdsetGiven
 * as PtypBinary whatever its tag says (3.1.5.2.1).
 */
record StreamValueLayout(Kind kind, PropertyType elementType, int elementSize, Charset charset) {

    enum Kind { FIXED, VARIABLE, MULTI_FIXED, MULTI_VARIABLE }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int CODE_PAGE_FLAG = 0x8000;

    static StreamValueLayout of(PropertyTag tag) {
        if (tag.value() == IcsStateProperties.IDSET_GIVEN.value()) {
            return new StreamValueLayout(Kind.VARIABLE, PropertyType.BINARY, 0, null);
        }
        int code = tag.typeCode();
        if ((code & CODE_PAGE_FLAG) != 0) {
            return new StreamValueLayout(Kind.VARIABLE, PropertyType.STRING8, 0, codePage(code & ~CODE_PAGE_FLAG));
        }
        PropertyType type = PropertyType.fromCode(code).orElseThrow(() -> new MapiCodecException(
                "property " + tag + " has type 0x" + Integer.toHexString(code) + " unknown to FastTransfer streams"));
        PropertyType element = type.elementType();
        int size = fixedSize(element);
        return switch (type) {
            case UNSPECIFIED, RESTRICTION, RULE_ACTION -> throw new MapiCodecException(
                    "property " + tag + " of type " + type + " cannot appear in a FastTransfer stream");
            default -> {
                if (type.isMultiValued()) {
                    yield new StreamValueLayout(size >= 0 ? Kind.MULTI_FIXED : Kind.MULTI_VARIABLE, element, size,
                            charsetOf(element));
                }
                yield new StreamValueLayout(size >= 0 ? Kind.FIXED : Kind.VARIABLE, element, size, charsetOf(element));
            }
        };
    }

    private static int fixedSize(PropertyType type) {
        return type == PropertyType.BOOLEAN ? 2 : type.fixedSize();
    }

    private static Charset charsetOf(PropertyType type) {
        return switch (type) {
            case STRING -> StandardCharsets.UTF_16LE;
            case STRING8 -> WINDOWS_1252;
            default -> null;
        };
    }

    private static Charset codePage(int codePage) {
        String name = switch (codePage) {
            case 1200 -> "UTF-16LE";
            case 65001 -> "UTF-8";
            case 20127 -> "US-ASCII";
            case 28591 -> "ISO-8859-1";
            default -> "windows-" + codePage;
        };
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            try {
                return Charset.forName("x-windows-" + codePage);
            } catch (IllegalArgumentException e2) {
                throw new MapiCodecException("code page " + codePage + " of a string property is not supported", e2);
            }
        }
    }

    /** Bytes a multi-valued element takes at least: its size, or its 32-bit count. */
    int minimumElementSize() {
        return elementSize >= 0 ? Math.max(elementSize, 1) : 4;
    }

    /** Whether variable data may be split at odd offsets (not for UTF-16 text). */
    int splitStep() {
        return StandardCharsets.UTF_16LE.equals(charset) ? 2 : 1;
    }

    /** Decodes one fixed-size element. */
    Object readFixed(ByteReader in) {
        return switch (elementType) {
            case NULL -> null;
            case INTEGER16 -> (short) in.u16();
            case INTEGER32, ERROR_CODE -> in.i32();
            case FLOATING32 -> Float.intBitsToFloat(in.i32());
            case FLOATING64, FLOATING_TIME -> Double.longBitsToDouble(in.i64());
            case CURRENCY, INTEGER64 -> in.i64();
            case BOOLEAN -> in.u16() != 0;
            case TIME -> FileTime.toInstant(in.i64());
            case GUID -> in.guid();
            default -> throw new IllegalStateException(elementType + " is not fixed-size");
        };
    }

    /** Decodes one variable-size element from its bytes. */
    Object readVariable(byte[] data) {
        if (charset == null) {
            return data;
        }
        int unit = StandardCharsets.UTF_16LE.equals(charset) ? 2 : 1;
        if (data.length % unit != 0) {
            throw new MapiCodecException("UTF-16 string value has an odd byte count " + data.length);
        }
        int length = data.length;
        if (length >= unit && isZero(data, length - unit, unit)) {
            length -= unit;
        }
        return new String(data, 0, length, charset);
    }

    private static boolean isZero(byte[] data, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (data[i] != 0) {
                return false;
            }
        }
        return true;
    }

    void writeFixed(ByteWriter out, Object value) {
        switch (elementType) {
            case NULL -> { }
            case INTEGER16 -> out.u16(cast(value, Number.class).shortValue());
            case INTEGER32, ERROR_CODE -> out.i32(cast(value, Number.class).intValue());
            case FLOATING32 -> out.i32(Float.floatToRawIntBits(cast(value, Number.class).floatValue()));
            case FLOATING64, FLOATING_TIME -> out.i64(Double.doubleToRawLongBits(cast(value, Number.class).doubleValue()));
            case CURRENCY, INTEGER64 -> out.i64(cast(value, Number.class).longValue());
            case BOOLEAN -> out.u16(cast(value, Boolean.class) ? 1 : 0);
            case TIME -> out.i64(FileTime.fromInstant(cast(value, Instant.class)));
            case GUID -> out.guid(cast(value, UUID.class));
            default -> throw new IllegalStateException(elementType + " is not fixed-size");
        }
    }

    /** The bytes of one variable-size element, strings with their terminator. */
    byte[] variableBytes(Object value) {
        if (charset == null) {
            return cast(value, byte[].class);
        }
        byte[] text = cast(value, String.class).getBytes(charset);
        int unit = StandardCharsets.UTF_16LE.equals(charset) ? 2 : 1;
        byte[] out = new byte[text.length + unit];
        System.arraycopy(text, 0, out, 0, text.length);
        return out;
    }

    private <T> T cast(Object value, Class<T> expected) {
        if (!expected.isInstance(value)) {
            throw new MapiCodecException("a " + elementType + " value must be a " + expected.getSimpleName()
                    + " but is " + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        return expected.cast(value);
    }
}
