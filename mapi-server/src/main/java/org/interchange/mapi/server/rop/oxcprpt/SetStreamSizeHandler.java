package org.interchange.mapi.server.rop.oxcprpt;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSetStreamSizeRequest;
import org.interchange.mapi.codec.rop.RopSetStreamSizeResponse;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.StreamObject;

/** RopSetStreamSize, [MS-OXCPRPT] 3.2.5.20: truncates or zero-extends a writable stream. */
public final class SetStreamSizeHandler implements RopHandler<RopSetStreamSizeRequest> {

    @Override
    public RopId ropId() {
        return RopId.SET_STREAM_SIZE;
    }

    @Override
    public Class<RopSetStreamSizeRequest> requestType() {
        return RopSetStreamSizeRequest.class;
    }

    @Override
    public RopResponse handle(RopSetStreamSizeRequest request, RopContext context) {
        context.object(request.inputHandleIndex(), StreamObject.class).setSize(request.streamSize());
        return new RopSetStreamSizeResponse(request.inputHandleIndex());
    }
}
