package org.interchange.mapi.server.rop.oxctabl;

import org.interchange.mapi.codec.rop.RopGetStatusRequest;
import org.interchange.mapi.codec.rop.RopGetStatusResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.TableObject;

/** RopGetStatus, [MS-OXCTABL] 3.2.5.6: tables here finish every operation at once, so TBLSTAT_COMPLETE. */
public final class GetStatusHandler implements RopHandler<RopGetStatusRequest> {
    private static final int TABLE_COMPLETE = 0x00;

    @Override
    public RopId ropId() {
        return RopId.GET_STATUS;
    }

    @Override
    public Class<RopGetStatusRequest> requestType() {
        return RopGetStatusRequest.class;
    }

    @Override
    public RopResponse handle(RopGetStatusRequest request, RopContext context) {
        context.object(request.inputHandleIndex(), TableObject.class);
        return new RopGetStatusResponse(request.inputHandleIndex(), TABLE_COMPLETE);
    }
}
