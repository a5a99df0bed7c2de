package org.interchange.mapi.server.rop.oxctabl;

import org.interchange.mapi.codec.rop.RopQueryPositionResponse;
import org.interchange.mapi.server.rop.TableObject;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopQueryPositionRequest;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;

/** RopQueryPosition, [MS-OXCTABL] 3.2.5.7: the cursor row as Numerator over the row count as Denominator. */
public final class QueryPositionHandler implements RopHandler<RopQueryPositionRequest> {

    @Override
    public RopId ropId() {
        return RopId.QUERY_POSITION;
    }

    @Override
    public Class<RopQueryPositionRequest> requestType() {
        return RopQueryPositionRequest.class;
    }

    @Override
    public RopResponse handle(RopQueryPositionRequest request, RopContext context) {
        TableObject table = context.object(request.inputHandleIndex(), TableObject.class);
        return new RopQueryPositionResponse(request.inputHandleIndex(), table.cursor(), table.rows().size());
    }
}
