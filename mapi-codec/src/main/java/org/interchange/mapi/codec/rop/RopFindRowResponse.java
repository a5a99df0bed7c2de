package org.interchange.mapi.codec.rop;

import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyRow;

/**
 * RopFindRow success response, [MS-OXCROPS] 2.2.5.13.2: RowNoLongerVisible, HasRowData and, when
 * a row was found, the row for the table's columns.
 */
public record RopFindRowResponse(int handleIndex, boolean rowNoLongerVisible, Optional<PropertyRow> rowData)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.FIND_ROW;
    }

    static RopFindRowResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        boolean noLongerVisible = RopWire.bool(in);
        boolean hasRow = RopWire.bool(in);
        return new RopFindRowResponse(handleIndex, noLongerVisible,
                hasRow ? Optional.of(PropertyRow.decode(in, context.columns())) : Optional.empty());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(rowNoLongerVisible ? 1 : 0).u8(rowData.isPresent() ? 1 : 0);
        rowData.ifPresent(row -> row.encode(out));
    }
}
