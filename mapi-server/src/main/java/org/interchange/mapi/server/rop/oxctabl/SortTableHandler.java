package org.interchange.mapi.server.rop.oxctabl;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSortTableRequest;
import org.interchange.mapi.codec.rop.RopSortTableResponse;
import org.interchange.mapi.codec.property.SortOrder;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.TableObject;

/**
 * RopSortTable, [MS-OXCTABL] 3.2.5.3: ascending and descending sorts on any columns; categorized
 * views and multi-valued instance sorts give ecNotSupported. The sort completes at once.
 */
public final class SortTableHandler implements RopHandler<RopSortTableRequest> {
    private static final int TABLE_COMPLETE = 0x00;
    private static final int MULTI_VALUE_INSTANCE = 0x2000;

    @Override
    public RopId ropId() {
        return RopId.SORT_TABLE;
    }

    @Override
    public Class<RopSortTableRequest> requestType() {
        return RopSortTableRequest.class;
    }

    @Override
    public RopResponse handle(RopSortTableRequest request, RopContext context) {
        TableObject table = context.object(request.inputHandleIndex(), TableObject.class);
        if (request.categorizedCount() != 0 || request.sortOrders().stream().anyMatch(o ->
                (o.propertyTag().typeCode() & MULTI_VALUE_INSTANCE) != 0
                        || (o.order() != SortOrder.ASCENDING && o.order() != SortOrder.DESCENDING))) {
            throw new RopFailure(RopErrors.NOT_SUPPORTED, "categorized and multi-valued sorts are not supported");
        }
        table.sort(new RowComparator(request.sortOrders()));
        return new RopSortTableResponse(request.inputHandleIndex(), TABLE_COMPLETE);
    }
}
