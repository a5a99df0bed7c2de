package org.interchange.mapi.server.rop.oxctabl;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopQueryRowsRequest;
import org.interchange.mapi.codec.rop.RopQueryRowsResponse;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.TableObject;

/**
 * RopQueryRows, [MS-OXCTABL] 3.2.5.5: up to RowCount rows forward or backward from the cursor, as
 * many as fit the response buffer; the cursor moves unless NoAdvance is set. Before RopSetColumns
 * the table answers ecNullObject.
 */
public final class QueryRowsHandler implements RopHandler<RopQueryRowsRequest> {
    /** QueryRowsFlags NoAdvance, [MS-OXCROPS] 2.2.5.4.1. */
    public static final int NO_ADVANCE = 0x01;
    private static final int BOOKMARK_BEGINNING = 0x00;
    private static final int BOOKMARK_CURRENT = 0x01;
    private static final int BOOKMARK_END = 0x02;
    /** Rows whose values are read from the store in one call. */
    private static final int LOAD_CHUNK = 64;
    /** RopId, handle index, ReturnValue, Origin and RowCount. */
    private static final int RESPONSE_OVERHEAD = 9;

    @Override
    public RopId ropId() {
        return RopId.QUERY_ROWS;
    }

    @Override
    public Class<RopQueryRowsRequest> requestType() {
        return RopQueryRowsRequest.class;
    }

    @Override
    public RopResponse handle(RopQueryRowsRequest request, RopContext context) {
        TableObject table = context.object(request.inputHandleIndex(), TableObject.class);
        if (table.columns() == null) {
            throw new RopFailure(RopErrors.NULL_OBJECT, "RopQueryRows before RopSetColumns");
        }
        int start = table.cursor();
        int wanted = request.forwardRead() ? Math.min(request.rowCount(), table.rows().size() - start)
                : Math.min(request.rowCount(), start);
        int budget = context.remainingBytes() - RESPONSE_OVERHEAD;
        List<PropertyRow> rows = new ArrayList<>();
        for (int i = 0; i < wanted; i++) {
            int index = request.forwardRead() ? start + i : start - 1 - i;
            if (i % LOAD_CHUNK == 0) {
                int n = Math.min(LOAD_CHUNK, wanted - i);
                table.load(request.forwardRead() ? index : index + 1 - n, request.forwardRead() ? index + n : index + 1);
            }
            PropertyRow row = TableRowBuilder.row(table.columns(), table.rows().get(index));
            ByteWriter size = new ByteWriter();
            row.encode(size);
            budget -= size.size();
            if (budget < 0) {
                break;
            }
            rows.add(row);
        }
        if (rows.isEmpty() && wanted > 0) {
            throw new RopFailure(RopErrors.BUFFER_TOO_SMALL, "no row fits the response buffer");
        }
        if (!request.forwardRead()) {
            java.util.Collections.reverse(rows);
        }
        int end = request.forwardRead() ? start + rows.size() : start - rows.size();
        if ((request.queryRowsFlags() & NO_ADVANCE) == 0) {
            table.moveCursor(end);
        }
        int origin = end == 0 ? BOOKMARK_BEGINNING : end == table.rows().size() ? BOOKMARK_END : BOOKMARK_CURRENT;
        return new RopQueryRowsResponse(request.inputHandleIndex(), origin, rows);
    }
}
