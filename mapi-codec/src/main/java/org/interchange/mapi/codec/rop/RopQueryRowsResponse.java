package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyRowSet;

/**
 * RopQueryRows success response, [MS-OXCROPS] 2.2.5.4.2: Origin (0x00 BOOKMARK_BEGINNING,
 * 0x01 BOOKMARK_CURRENT, 0x02 BOOKMARK_END), RowCount and the rows for the table's columns.
 */
public record RopQueryRowsResponse(int handleIndex, int origin, List<PropertyRow> rows) implements RopResponse {

    public RopQueryRowsResponse {
        rows = FrozenList.copyOf(rows);
    }

    @Override
    public RopId ropId() {
        return RopId.QUERY_ROWS;
    }

    static RopQueryRowsResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        int origin = in.u8();
        int count = in.u16();
        List<PropertyRow> rows = count == 0 ? List.of() : PropertyRowSet.decodeRows(in, context.columns(), count);
        return new RopQueryRowsResponse(handleIndex, origin, rows);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(RopWire.u8(origin, "Origin")).u16(RopWire.u16(rows.size(), "RowCount"));
        PropertyRowSet.encodeRows(out, rows);
    }
}
