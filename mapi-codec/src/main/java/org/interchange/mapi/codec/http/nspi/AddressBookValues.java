package org.interchange.mapi.codec.http.nspi;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.PropertyValueCodec;

/**
 * The address book value forms of [MS-OXCMAPIHTTP] 2.2.1: AddressBookPropertyValue (2.2.1.1: a
 * HasValue byte before string, binary and multi-valued values, 32-bit byte and value counts),
 * AddressBookTaggedPropertyValue (2.2.1.2), AddressBookPropertyValueList (2.2.1.3) and
 * AddressBookTypedPropertyValue (2.2.1.4). A value written with HasValue zero reads as null.
 * Elements of multi-valued strings and binaries carry their own HasValue byte, as Exchange sends them.
 */
public final class AddressBookValues {
    private static final PropertyValueCodec WIDE = PropertyValueCodec.WIDE;

    private AddressBookValues() {
    }

    /** Whether values of {@code type} are preceded by a HasValue byte. */
    public static boolean hasValueFlag(PropertyType type) {
        return type == PropertyType.STRING || type == PropertyType.STRING8 || type == PropertyType.BINARY
                || type.isMultiValued();
    }

    /** An AddressBookPropertyValue of {@code type}, [MS-OXCMAPIHTTP] 2.2.1.1. */
    public static Object readValue(ByteReader r, PropertyType type) {
        if (hasValueFlag(type) && !NspiFields.has(r, "Value")) {
            return null;
        }
        if (type.isMultiValued() && hasValueFlag(type.elementType())) {
            int count = NspiFields.count(r, 1, type + " value");
            List<Object> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(readValue(r, type.elementType()));
            }
            return java.util.Collections.unmodifiableList(values);
        }
        return WIDE.read(r, type);
    }

    public static void writeValue(ByteWriter w, PropertyType type, Object value) {
        if (hasValueFlag(type)) {
            NspiFields.has(w, value != null);
            if (value == null) {
                return;
            }
        }
        if (type.isMultiValued() && hasValueFlag(type.elementType())) {
            if (!(value instanceof List<?> list)) {
                throw new MapiCodecException("a " + type + " value must be a List");
            }
            w.i32(list.size());
            for (Object element : list) {
                writeValue(w, type.elementType(), element);
            }
            return;
        }
        WIDE.write(w, type, value);
    }

    /** An AddressBookTaggedPropertyValue, [MS-OXCMAPIHTTP] 2.2.1.2. */
    public static PropertyValue readTagged(ByteReader r) {
        PropertyTag tag = new PropertyTag(r.i32());
        return new PropertyValue(tag, readValue(r, type(tag)));
    }

    public static void writeTagged(ByteWriter w, PropertyValue value) {
        w.i32(value.tag().value());
        writeValue(w, type(value.tag()), value.value());
    }

    /** An AddressBookTypedPropertyValue, [MS-OXCMAPIHTTP] 2.2.1.4, tagged with {@code column}'s id. */
    static PropertyValue readTyped(ByteReader r, PropertyTag column) {
        PropertyType type = typeOf(r.u16());
        return new PropertyValue(column.withType(type), readValue(r, type));
    }

    /** An AddressBookPropertyValueList, [MS-OXCMAPIHTTP] 2.2.1.3. */
    public static List<PropertyValue> readList(ByteReader r) {
        int count = NspiFields.count(r, 4, "PropertyValueCount");
        List<PropertyValue> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(readTagged(r));
        }
        return List.copyOf(values);
    }

    public static void writeList(ByteWriter w, List<PropertyValue> values) {
        w.i32(values.size());
        values.forEach(v -> writeTagged(w, v));
    }

    static PropertyType typeOf(int code) {
        return PropertyType.fromCode(code).orElseThrow(() -> new MapiCodecException(
                "unknown property type 0x" + Integer.toHexString(code)));
    }

    static PropertyType type(PropertyTag tag) {
        PropertyType type = PropertyValueCodec.valueType(tag);
        if (type == PropertyType.UNSPECIFIED || type == PropertyType.OBJECT || type == PropertyType.RESTRICTION
                || type == PropertyType.RULE_ACTION) {
            throw new MapiCodecException("property type " + type + " of " + tag
                    + " has no address book value form");
        }
        return type;
    }
}
