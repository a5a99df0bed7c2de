package org.interchange.mapi.server.rop.oxcprpt;

import org.interchange.mapi.codec.rop.RopSeekStreamResponse;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.StreamObject;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSeekStreamRequest;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;

/** RopSeekStream, [MS-OXCPRPT] 3.2.5.19: moves the position from the beginning (0), current position (1) or end (2). */
public final class SeekStreamHandler implements RopHandler<RopSeekStreamRequest> {

    @Override
    public RopId ropId() {
        return RopId.SEEK_STREAM;
    }

    @Override
    public Class<RopSeekStreamRequest> requestType() {
        return RopSeekStreamRequest.class;
    }

    @Override
    public RopResponse handle(RopSeekStreamRequest request, RopContext context) {
        StreamObject stream = context.object(request.inputHandleIndex(), StreamObject.class);
        long base = switch (request.origin()) {
            case 0 -> 0;
            case 1 -> stream.position();
            case 2 -> stream.size();
            default -> throw new RopFailure(RopErrors.INVALID_PARAMETER, "seek origin " + request.origin());
        };
        stream.seek(base + request.offset());
        return new RopSeekStreamResponse(request.inputHandleIndex(), stream.position());
    }
}
