package org.interchange.mapi.server.rop.oxctabl;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSetColumnsRequest;
import org.interchange.mapi.codec.rop.RopSetColumnsResponse;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.TableObject;

/** RopSetColumns, [MS-OXCTABL] 3.2.5.1: sets the columns of a table; the table is always complete. */
public final class SetColumnsHandler implements RopHandler<RopSetColumnsRequest> {
    /** TableStatus TBLSTAT_COMPLETE, [MS-OXCTABL] 2.2.2.1.3. */
    private static final int TABLE_COMPLETE = 0x00;

    @Override
    public RopId ropId() {
        return RopId.SET_COLUMNS;
    }

    @Override
    public Class<RopSetColumnsRequest> requestType() {
        return RopSetColumnsRequest.class;
    }

    @Override
    public RopResponse handle(RopSetColumnsRequest request, RopContext context) {
        TableObject table = context.object(request.inputHandleIndex(), TableObject.class);
        if (request.propertyTags().isEmpty()) {
            throw new RopFailure(RopErrors.INVALID_PARAMETER, "RopSetColumns needs at least one column");
        }
        table.setColumns(request.propertyTags());
        return new RopSetColumnsResponse(request.inputHandleIndex(), TABLE_COMPLETE);
    }
}
