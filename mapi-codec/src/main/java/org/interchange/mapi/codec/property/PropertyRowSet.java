package org.interchange.mapi.codec.property;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * A PropertyRowSet, [MS-OXCDATA] 2.8.1.3: a 16-bit row count then that many PropertyRows, all
 * for the same columns. {@link #decodeRows}/{@link #encodeRows} handle the rows alone, as in the
 * RowData field of RopQueryRows.
 */
public record PropertyRowSet(List<PropertyTag> columns, List<PropertyRow> rows) {

    public PropertyRowSet {
        columns = FrozenList.copyOf(columns);
        rows = FrozenList.copyOf(rows);
    }

    public static PropertyRowSet decode(ByteReader in, List<PropertyTag> columns) {
        int count = in.u16();
        return new PropertyRowSet(columns, decodeRows(in, columns, count));
    }

    public void encode(ByteWriter out) {
        if (rows.size() > 0xFFFF) {
            throw new MapiCodecException(rows.size() + " rows do not fit a 16-bit RowCount");
        }
        out.u16(rows.size());
        encodeRows(out, rows);
    }

    /** Reads {@code count} rows; fails before allocating when fewer bytes remain than rows. */
    public static List<PropertyRow> decodeRows(ByteReader in, List<PropertyTag> columns, int count) {
        if (count > in.remaining()) {
            throw new MapiCodecException(count + " rows claimed at offset " + in.position()
                    + " but only " + in.remaining() + " bytes remain");
        }
        PropertyRow[] rows = new PropertyRow[count];
        for (int i = 0; i < count; i++) {
            rows[i] = PropertyRow.decode(in, columns);
        }
        return FrozenList.adopt(rows);
    }

    public static void encodeRows(ByteWriter out, List<PropertyRow> rows) {
        for (PropertyRow row : rows) {
            row.encode(out);
        }
    }
}
