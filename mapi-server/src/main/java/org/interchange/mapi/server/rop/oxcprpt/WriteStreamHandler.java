package org.interchange.mapi.server.rop.oxcprpt;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopWriteStreamRequest;
import org.interchange.mapi.codec.rop.RopWriteStreamResponse;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.StreamObject;

/** RopWriteStream, [MS-OXCPRPT] 3.2.5.16: writes at the stream's position and reports the bytes written. */
public final class WriteStreamHandler implements RopHandler<RopWriteStreamRequest> {

    @Override
    public RopId ropId() {
        return RopId.WRITE_STREAM;
    }

    @Override
    public Class<RopWriteStreamRequest> requestType() {
        return RopWriteStreamRequest.class;
    }

    @Override
    public RopResponse handle(RopWriteStreamRequest request, RopContext context) {
        StreamObject stream = context.object(request.inputHandleIndex(), StreamObject.class);
        byte[] data = request.data();
        stream.write(data);
        return new RopWriteStreamResponse(request.inputHandleIndex(), RopErrors.SUCCESS, data.length);
    }
}
