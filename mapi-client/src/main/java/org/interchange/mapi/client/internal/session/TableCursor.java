package org.interchange.mapi.client.internal.session;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.client.MapiProtocolException;
import org.interchange.mapi.client.internal.rop.BatchResult;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.client.internal.rop.ServerObject;
import org.interchange.mapi.client.internal.rop.ServerTable;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.rop.RopQueryRowsRequest;
import org.interchange.mapi.codec.rop.RopQueryRowsResponse;
import org.interchange.mapi.codec.rop.RopResponse;

/**
 * Pages through an open table with RopQueryRows, [MS-OXCTABL] 3.1.4.1 and 3.2.5.5: forward, cursor
 * advancing, until a response returns no rows or reports BOOKMARK_END. Rows the server chained in
 * further extended buffers join the page. Closing queues the table (and the objects it depends
 * on) for release.
 */
public final class TableCursor implements AutoCloseable {
    /** Origin value of a RopQueryRows response once the cursor reached the end, [MS-OXCTABL] 2.2.2.1.1. */
    static final int BOOKMARK_END = 0x02;

    private final SessionContext context;
    private final ServerTable table;
    private final List<ServerObject> dependents;
    private List<PropertyRow> buffered;
    private boolean atEnd;
    private boolean closed;

    /** A cursor whose first page was already fetched in the batch that opened the table. */
    TableCursor(SessionContext context, ServerTable table, List<ServerObject> dependents, Page first) {
        this.context = context;
        this.table = table;
        this.dependents = List.copyOf(dependents);
        this.buffered = first.rows();
        this.atEnd = first.atEnd();
    }

    /** Rows of one RopQueryRows plus those chained after it, and whether the table is exhausted. */
    record Page(List<PropertyRow> rows, boolean atEnd) {
        static Page of(RopQueryRowsResponse response, BatchResult result) {
            List<PropertyRow> rows = new ArrayList<>(response.rows());
            int origin = response.origin();
            for (RopResponse extra : result.chained()) {
                if (!(extra instanceof RopQueryRowsResponse more)) {
                    throw new MapiProtocolException("a chained response to RopQueryRows is " + extra.ropId());
                }
                rows.addAll(more.rows());
                origin = more.origin();
            }
            return new Page(rows, rows.isEmpty() || origin == BOOKMARK_END);
        }
    }

    /** Adds a RopQueryRows for this table's slot to a batch. */
    static RopBatch.Ticket<RopQueryRowsResponse> queryRows(RopBatch batch, int tableSlot, int rowCount) {
        return batch.add(new RopQueryRowsRequest(RopBatch.LOGON_ID, tableSlot, 0, true, rowCount),
                RopQueryRowsResponse.class);
    }

    public ServerTable table() {
        return table;
    }

    /** The next rows, or an empty list once the table is exhausted. */
    public List<PropertyRow> next() {
        if (closed) {
            throw new IllegalStateException("table is closed");
        }
        if (buffered != null) {
            List<PropertyRow> rows = buffered;
            buffered = null;
            if (!rows.isEmpty()) {
                return rows;
            }
        }
        if (atEnd) {
            return List.of();
        }
        RopBatch batch = context.executor().newBatch();
        RopBatch.Ticket<RopQueryRowsResponse> ticket = queryRows(batch, batch.input(table),
                context.options().pageSize());
        BatchResult result = context.executor().run(batch);
        Page page = Page.of(result.get(ticket), result);
        atEnd = page.atEnd();
        return page.rows();
    }

    /** Every remaining row. */
    public List<PropertyRow> rest() {
        List<PropertyRow> all = new ArrayList<>();
        for (List<PropertyRow> page = next(); !page.isEmpty(); page = next()) {
            all.addAll(page);
        }
        return all;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            context.executor().releases().add(table.object());
            dependents.forEach(context.executor().releases()::add);
        }
    }
}
