package org.interchange.mapi.codec.http.nspi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * An AddressBookPropertyRow, [MS-OXCMAPIHTTP] 2.2.1.7: one value per column. In a flagged row
 * (Flags 0x1) every value is an AddressBookFlaggedPropertyValue (2.2.1.5) or, for PtypUnspecified
 * columns, an AddressBookFlaggedPropertyValueWithType (2.2.1.6); an absent value (flag 0x1) reads
 * as a PtypErrorCode value of {@link #NOT_FOUND} and an error (flag 0xA) as its error code. In an
 * unflagged row PtypUnspecified columns carry AddressBookTypedPropertyValues (2.2.1.4).
 */
public record AddressBookPropertyRow(boolean flagged, List<PropertyValue> values) {
    /** ecNotFound, [MS-OXCDATA] 2.4.2: what an unavailable value reads as. */
    public static final int NOT_FOUND = 0x8004010F;
    static final int FLAG_VALUE = 0x0;
    static final int FLAG_ABSENT = 0x1;
    static final int FLAG_ERROR = 0xA;

    public AddressBookPropertyRow {
        values = List.copyOf(values);
    }

    /** A row flagged exactly when some value is an error value. */
    public static AddressBookPropertyRow of(List<PropertyValue> values) {
        return new AddressBookPropertyRow(values.stream().anyMatch(PropertyValue::isError), values);
    }

    static AddressBookPropertyRow read(ByteReader r, List<PropertyTag> columns) {
        int flags = r.u8();
        if (flags != 0 && flags != 1) {
            throw new MapiCodecException("AddressBookPropertyRow Flags 0x" + Integer.toHexString(flags)
                    + " at offset " + (r.position() - 1) + " is neither 0x0 nor 0x1");
        }
        List<PropertyValue> values = new ArrayList<>(columns.size());
        for (PropertyTag column : columns) {
            values.add(flags == 1 ? readFlagged(r, column) : readPlain(r, column));
        }
        return new AddressBookPropertyRow(flags == 1, values);
    }

    private static PropertyValue readPlain(ByteReader r, PropertyTag column) {
        if (column.type() == PropertyType.UNSPECIFIED) {
            return AddressBookValues.readTyped(r, column);
        }
        return new PropertyValue(column, AddressBookValues.readValue(r, AddressBookValues.type(column)));
    }

    private static PropertyValue readFlagged(ByteReader r, PropertyTag column) {
        boolean typed = column.type() == PropertyType.UNSPECIFIED;
        PropertyType type = typed ? AddressBookValues.typeOf(r.u16()) : AddressBookValues.type(column);
        int flag = r.u8();
        return switch (flag) {
            case FLAG_VALUE -> new PropertyValue(column.withType(type), AddressBookValues.readValue(r, type));
            case FLAG_ABSENT -> PropertyValue.error(column, NOT_FOUND);
            case FLAG_ERROR -> PropertyValue.error(column, r.i32());
            default -> throw new MapiCodecException("AddressBookFlaggedPropertyValue Flag 0x"
                    + Integer.toHexString(flag) + " at offset " + (r.position() - 1) + " is not 0x0, 0x1 or 0xA");
        };
    }

    void write(ByteWriter w, List<PropertyTag> columns) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("row has " + values.size() + " values for " + columns.size()
                    + " columns");
        }
        w.u8(flagged ? 1 : 0);
        for (int i = 0; i < columns.size(); i++) {
            PropertyTag column = columns.get(i);
            PropertyValue value = values.get(i);
            boolean typed = column.type() == PropertyType.UNSPECIFIED;
            if (!flagged) {
                if (value.isError() && column.type() != PropertyType.ERROR_CODE) {
                    throw new IllegalArgumentException("an unflagged row cannot carry the error value " + value);
                }
                writeTypedOrPlain(w, typed, value);
            } else if (value.isError() && column.type() != PropertyType.ERROR_CODE) {
                if (typed) {
                    w.u16(PropertyType.ERROR_CODE.code());
                }
                int code = Objects.requireNonNull((Integer) value.value(), "error code");
                if (code == NOT_FOUND) {
                    w.u8(FLAG_ABSENT);
                } else {
                    w.u8(FLAG_ERROR).i32(code);
                }
            } else {
                PropertyType type = AddressBookValues.type(value.tag());
                if (typed) {
                    w.u16(type.code());
                }
                w.u8(FLAG_VALUE);
                AddressBookValues.writeValue(w, type, value.value());
            }
        }
    }

    private static void writeTypedOrPlain(ByteWriter w, boolean typed, PropertyValue value) {
        PropertyType type = AddressBookValues.type(value.tag());
        if (typed) {
            w.u16(type.code());
        }
        AddressBookValues.writeValue(w, type, value.value());
    }
}
