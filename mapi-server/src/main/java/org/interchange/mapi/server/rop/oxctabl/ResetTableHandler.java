package org.interchange.mapi.server.rop.oxctabl;

import org.interchange.mapi.codec.rop.RopResetTableResponse;
import org.interchange.mapi.server.rop.TableObject;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopResetTableRequest;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;

/** RopResetTable, [MS-OXCTABL] 3.2.5.15: drops the columns and the sort order and moves the cursor to the beginning. */
public final class ResetTableHandler implements RopHandler<RopResetTableRequest> {

    @Override
    public RopId ropId() {
        return RopId.RESET_TABLE;
    }

    @Override
    public Class<RopResetTableRequest> requestType() {
        return RopResetTableRequest.class;
    }

    @Override
    public RopResponse handle(RopResetTableRequest request, RopContext context) {
        context.object(request.inputHandleIndex(), TableObject.class).reset();
        return new RopResetTableResponse(request.inputHandleIndex());
    }
}
