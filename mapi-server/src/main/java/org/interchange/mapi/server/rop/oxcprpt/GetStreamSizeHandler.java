package org.interchange.mapi.server.rop.oxcprpt;

import org.interchange.mapi.codec.rop.RopGetStreamSizeResponse;
import org.interchange.mapi.server.rop.StreamObject;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopGetStreamSizeRequest;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;

/** RopGetStreamSize, [MS-OXCPRPT] 3.2.5.20: the size of an open stream in bytes. */
public final class GetStreamSizeHandler implements RopHandler<RopGetStreamSizeRequest> {

    @Override
    public RopId ropId() {
        return RopId.GET_STREAM_SIZE;
    }

    @Override
    public Class<RopGetStreamSizeRequest> requestType() {
        return RopGetStreamSizeRequest.class;
    }

    @Override
    public RopResponse handle(RopGetStreamSizeRequest request, RopContext context) {
        StreamObject stream = context.object(request.inputHandleIndex(), StreamObject.class);
        return new RopGetStreamSizeResponse(request.inputHandleIndex(), stream.size());
    }
}
