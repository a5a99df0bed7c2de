package org.interchange.mapi.codec.property;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * A FlaggedPropertyRow, [MS-OXCDATA] 2.8.1.2: flag 0x01 then one FlaggedPropertyValue per column
 * (2.11.5), or a FlaggedPropertyValueWithType (2.11.6: PropertyType, Flag, value) for a
 * PtypUnspecified column.
 */
public record FlaggedPropertyRow(List<PropertyTag> columns, List<FlaggedPropertyValue> flaggedValues)
        implements PropertyRow {

    public FlaggedPropertyRow {
        columns = FrozenList.copyOf(columns);
        flaggedValues = FrozenList.copyOf(flaggedValues);
        if (columns.size() != flaggedValues.size()) {
            throw new MapiCodecException("FlaggedPropertyRow has " + flaggedValues.size() + " values for "
                    + columns.size() + " columns");
        }
    }

    @Override
    public List<PropertyValue> values() {
        return flaggedValues.stream().map(FlaggedPropertyValue::value).toList();
    }

    static FlaggedPropertyRow decodeValues(ByteReader in, List<PropertyTag> columns) {
        PropertyRow.requireColumns(in, columns);
        FlaggedPropertyValue[] values = new FlaggedPropertyValue[columns.size()];
        for (int i = 0; i < values.length; i++) {
            PropertyTag column = columns.get(i);
            boolean typed = column.typeCode() == PropertyType.UNSPECIFIED.code();
            PropertyType type = typed ? typeOf(in) : PropertyValueCodec.valueType(column);
            int flag = in.u8();
            values[i] = switch (flag) {
                case FlaggedPropertyValue.PRESENT -> FlaggedPropertyValue.present(new PropertyValue(
                        typed ? column.withType(type) : column, PropertyValueCodec.ROP.read(in, type)));
                case FlaggedPropertyValue.ABSENT -> FlaggedPropertyValue.absent(column);
                case FlaggedPropertyValue.ERROR -> FlaggedPropertyValue.error(column, in.i32());
                default -> throw new MapiCodecException("FlaggedPropertyValue flag 0x" + Integer.toHexString(flag)
                        + " at offset " + (in.position() - 1) + " for column " + column + " is not 0x00, 0x01 or 0x0A");
            };
        }
        return new FlaggedPropertyRow(columns, FrozenList.adopt(values));
    }

    private static PropertyType typeOf(ByteReader in) {
        int code = in.u16();
        PropertyType type = PropertyType.fromCode(code).orElseThrow(() -> new MapiCodecException(
                "unknown property type 0x" + Integer.toHexString(code) + " in FlaggedPropertyValueWithType at offset "
                        + (in.position() - 2)));
        if (type == PropertyType.UNSPECIFIED) {
            throw new MapiCodecException("FlaggedPropertyValueWithType at offset " + (in.position() - 2)
                    + " has type PtypUnspecified");
        }
        return type;
    }

    @Override
    public void encode(ByteWriter out) {
        out.u8(0x01);
        for (int i = 0; i < columns.size(); i++) {
            FlaggedPropertyValue value = flaggedValues.get(i);
            PropertyTag column = columns.get(i);
            boolean typed = column.typeCode() == PropertyType.UNSPECIFIED.code();
            if (typed) {
                out.u16(value.flag() == FlaggedPropertyValue.PRESENT ? value.value().tag().typeCode()
                        : value.flag() == FlaggedPropertyValue.ERROR ? PropertyType.ERROR_CODE.code()
                        : PropertyType.NULL.code());
            }
            out.u8(value.flag());
            switch (value.flag()) {
                case FlaggedPropertyValue.PRESENT -> PropertyValueCodec.ROP.write(out,
                        PropertyValueCodec.valueType(typed ? value.value().tag() : column), value.value().value());
                case FlaggedPropertyValue.ERROR -> out.i32(value.value().asInt());
                default -> { }
            }
        }
    }
}
