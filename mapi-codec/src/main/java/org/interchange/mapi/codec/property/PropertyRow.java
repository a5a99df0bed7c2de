package org.interchange.mapi.codec.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * A PropertyRow, [MS-OXCDATA] 2.8.1: the values of one row for a column list, either standard
 * (flag 0x00, every value present) or flagged (flag 0x01, a flag per value). The columns are kept
 * with the row because they decide the encoding (PtypUnspecified columns carry typed values).
 */
public sealed interface PropertyRow permits StandardPropertyRow, FlaggedPropertyRow {

    /** The column tags this row was read for or will be written for. */
    List<PropertyTag> columns();

    /**
     * One value per column, in column order. For PtypUnspecified columns the tag carries the type
     * found on the wire; error values are PtypErrorCode values; absent values have a null value.
     */
    List<PropertyValue> values();

    /** Writes the row including its leading flag byte. */
    void encode(ByteWriter out);

    /** The value of the column with this property id, if the row holds one that is not absent. */
    default Optional<PropertyValue> find(int propertyId) {
        return values().stream().filter(v -> v.tag().id() == propertyId && v.value() != null).findFirst();
    }

    /** Reads a PropertyRow for {@code columns}. */
    static PropertyRow decode(ByteReader in, List<PropertyTag> columns) {
        int flag = in.u8();
        return switch (flag) {
            case 0x00 -> StandardPropertyRow.decodeValues(in, columns);
            case 0x01 -> FlaggedPropertyRow.decodeValues(in, columns);
            default -> throw new MapiCodecException("PropertyRow flag 0x" + Integer.toHexString(flag)
                    + " at offset " + (in.position() - 1) + " is neither 0x00 nor 0x01");
        };
    }

    /**
     * Builds the row a server returns for {@code columns}: standard when every value is found,
     * flagged otherwise with {@code missingError} (e.g. 0x8004010F NotFound) for missing values.
     * The lookup returns null for a missing property.
     */
    static PropertyRow of(List<PropertyTag> columns, Function<PropertyTag, PropertyValue> lookup, int missingError) {
        List<PropertyValue> found = new ArrayList<>(columns.size());
        boolean complete = true;
        for (PropertyTag column : columns) {
            PropertyValue value = lookup.apply(column);
            found.add(value);
            complete &= value != null && (!value.isError() || column.typeCode() == PropertyType.ERROR_CODE.code());
        }
        if (complete) {
            return new StandardPropertyRow(columns, found);
        }
        List<FlaggedPropertyValue> flagged = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            PropertyTag column = columns.get(i);
            PropertyValue value = found.get(i);
            if (value == null) {
                flagged.add(FlaggedPropertyValue.error(column, missingError));
            } else if (value.isError() && column.typeCode() != PropertyType.ERROR_CODE.code()) {
                flagged.add(FlaggedPropertyValue.error(column, value.asInt()));
            } else {
                flagged.add(FlaggedPropertyValue.present(value));
            }
        }
        return new FlaggedPropertyRow(columns, flagged);
    }

    /** Reads one column's value as it appears in a row: typed when the column is PtypUnspecified. */
    static PropertyValue readColumnValue(ByteReader in, PropertyTag column) {
        if (column.typeCode() == PropertyType.UNSPECIFIED.code()) {
            TypedPropertyValue typed = PropertyValueCodec.ROP.readTyped(in);
            return new PropertyValue(column.withType(typed.type()), typed.value());
        }
        return new PropertyValue(column, PropertyValueCodec.ROP.read(in, PropertyValueCodec.valueType(column)));
    }

    /** Writes one column's value: typed (with the value's own type) when the column is PtypUnspecified. */
    static void writeColumnValue(ByteWriter out, PropertyTag column, PropertyValue value) {
        if (column.typeCode() == PropertyType.UNSPECIFIED.code()) {
            PropertyValueCodec.ROP.writeTyped(out, new TypedPropertyValue(value.tag().type(), value.value()));
        } else {
            PropertyValueCodec.ROP.write(out, PropertyValueCodec.valueType(column), value.value());
        }
    }

    /** Fails unless at least {@code columns} bytes remain: every column takes a byte or more. */
    static void requireColumns(ByteReader in, List<PropertyTag> columns) {
        if (columns.size() > in.remaining()) {
            throw new MapiCodecException("row of " + columns.size() + " columns at offset " + in.position()
                    + " but only " + in.remaining() + " bytes remain");
        }
    }
}
