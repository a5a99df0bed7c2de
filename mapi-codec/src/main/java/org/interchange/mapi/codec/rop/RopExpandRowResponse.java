package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyRowSet;

/**
 * RopExpandRow success response, [MS-OXCROPS] 2.2.5.16.2: ExpandedRowCount, then RowCount rows for
 * the table's columns (those of its last RopSetColumns).
 */
public record RopExpandRowResponse(int handleIndex, long expandedRowCount, List<PropertyRow> rows)
        implements RopResponse {

    public RopExpandRowResponse {
        rows = FrozenList.copyOf(rows);
    }

    @Override
    public RopId ropId() {
        return RopId.EXPAND_ROW;
    }

    static RopExpandRowResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        long expanded = in.u32();
        int count = in.u16();
        List<PropertyRow> rows = count == 0 ? List.of() : PropertyRowSet.decodeRows(in, context.columns(), count);
        return new RopExpandRowResponse(handleIndex, expanded, rows);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i32((int) expandedRowCount).u16(RopWire.u16(rows.size(), "RowCount"));
        PropertyRowSet.encodeRows(out, rows);
    }
}
