package org.interchange.mapi.codec.property;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/** A StandardPropertyRow, [MS-OXCDATA] 2.8.1.1: flag 0x00 then one value per column. */
public record StandardPropertyRow(List<PropertyTag> columns, List<PropertyValue> values) implements PropertyRow {

    public StandardPropertyRow {
        columns = FrozenList.copyOf(columns);
        values = FrozenList.copyOf(values);
        if (columns.size() != values.size()) {
            throw new MapiCodecException("StandardPropertyRow has " + values.size() + " values for "
                    + columns.size() + " columns");
        }
    }

    static StandardPropertyRow decodeValues(ByteReader in, List<PropertyTag> columns) {
        // sized by the caller's column list, not by the input: PtypNull columns take no bytes at all
        PropertyValue[] values = new PropertyValue[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = PropertyRow.readColumnValue(in, columns.get(i));
        }
        return new StandardPropertyRow(columns, FrozenList.adopt(values));
    }

    @Override
    public void encode(ByteWriter out) {
        out.u8(0x00);
        for (int i = 0; i < columns.size(); i++) {
            PropertyRow.writeColumnValue(out, columns.get(i), values.get(i));
        }
    }
}
