package org.interchange.mapi.codec.property;

import java.util.Optional;

/**
 * Property data types, [MS-OXCDATA] 2.11.1. {@code fixedSize} is the size of one value on the
 * wire, or -1 for variable-length types. Multi-valued types are the single-valued code | 0x1000.
 */
public enum PropertyType {
    UNSPECIFIED(0x0000, -1),
    NULL(0x0001, 0),
    INTEGER16(0x0002, 2),
    INTEGER32(0x0003, 4),
    FLOATING32(0x0004, 4),
    FLOATING64(0x0005, 8),
    CURRENCY(0x0006, 8),
    FLOATING_TIME(0x0007, 8),
    ERROR_CODE(0x000A, 4),
    BOOLEAN(0x000B, 1),
    OBJECT(0x000D, -1),
    INTEGER64(0x0014, 8),
    STRING8(0x001E, -1),
    STRING(0x001F, -1),
    TIME(0x0040, 8),
    GUID(0x0048, 16),
    SERVER_ID(0x00FB, -1),
    RESTRICTION(0x00FD, -1),
    RULE_ACTION(0x00FE, -1),
    BINARY(0x0102, -1),
    MULTIPLE_INTEGER16(0x1002, -1),
    MULTIPLE_INTEGER32(0x1003, -1),
    MULTIPLE_FLOATING32(0x1004, -1),
    MULTIPLE_FLOATING64(0x1005, -1),
    MULTIPLE_CURRENCY(0x1006, -1),
    MULTIPLE_FLOATING_TIME(0x1007, -1),
    MULTIPLE_INTEGER64(0x1014, -1),
    MULTIPLE_STRING8(0x101E, -1),
    MULTIPLE_STRING(0x101F, -1),
    MULTIPLE_TIME(0x1040, -1),
    MULTIPLE_GUID(0x1048, -1),
    MULTIPLE_BINARY(0x1102, -1);

    public static final int MULTI_VALUE_FLAG = 0x1000;

    private final int code;
    private final int fixedSize;

    PropertyType(int code, int fixedSize) {
        this.code = code;
        this.fixedSize = fixedSize;
    }

    public int code() {
        return code;
    }

    public int fixedSize() {
        return fixedSize;
    }

    public boolean isMultiValued() {
        return (code & MULTI_VALUE_FLAG) != 0;
    }

    /** The single-valued element type of a multi-valued type, or this type. */
    public PropertyType elementType() {
        return isMultiValued() ? fromCode(code & ~MULTI_VALUE_FLAG).orElseThrow() : this;
    }

    private static final PropertyType[] BY_CODE = new PropertyType[MULTIPLE_BINARY.code + 1];

    static {
        for (PropertyType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    public static Optional<PropertyType> fromCode(int code) {
        return Optional.ofNullable(byCode(code));
    }

    /** The type with this code, or null: the allocation-free form of {@link #fromCode}. */
    static PropertyType byCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
