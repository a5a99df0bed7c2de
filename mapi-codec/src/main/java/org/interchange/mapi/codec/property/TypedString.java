package org.interchange.mapi.codec.property;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * A TypedString, [MS-OXCDATA] 2.11.7 (used by RopOpenMessage): a StringType byte, then for types
 * 0x02 (8-bit) and 0x03 (reduced Unicode, one byte per character) a null-terminated 8-bit string,
 * for 0x04 a null-terminated UTF-16LE string; 0x00 (absent) and 0x01 (empty) carry nothing.
 */
public record TypedString(int stringType, String value) {
    public static final int NOT_PRESENT = 0x00;
    public static final int EMPTY = 0x01;
    public static final int STRING8 = 0x02;
    public static final int REDUCED_UNICODE = 0x03;
    public static final int UNICODE = 0x04;

    public TypedString {
        if (stringType < NOT_PRESENT || stringType > UNICODE) {
            throw new MapiCodecException("TypedString StringType 0x" + Integer.toHexString(stringType) + " is not 0x00..0x04");
        }
        if (stringType <= EMPTY) {
            value = stringType == EMPTY ? "" : null;
        } else if (value == null) {
            throw new MapiCodecException("TypedString of type " + stringType + " needs a value");
        }
    }

    public static TypedString absent() {
        return new TypedString(NOT_PRESENT, null);
    }

    /** The natural encoding of {@code value}: absent for null, empty for "", otherwise Unicode. */
    public static TypedString of(String value) {
        if (value == null) {
            return absent();
        }
        return value.isEmpty() ? new TypedString(EMPTY, "") : new TypedString(UNICODE, value);
    }

    public static TypedString decode(ByteReader in) {
        int type = in.u8();
        return switch (type) {
            case NOT_PRESENT, EMPTY -> new TypedString(type, null);
            case STRING8, REDUCED_UNICODE -> new TypedString(type, in.ascii8z());
            case UNICODE -> new TypedString(type, in.utf16z());
            default -> throw new MapiCodecException("TypedString StringType 0x" + Integer.toHexString(type)
                    + " at offset " + (in.position() - 1) + " is not 0x00..0x04");
        };
    }

    public void encode(ByteWriter out) {
        out.u8(stringType);
        switch (stringType) {
            case STRING8, REDUCED_UNICODE -> out.ascii8z(value);
            case UNICODE -> out.utf16z(value);
            default -> { }
        }
    }
}
