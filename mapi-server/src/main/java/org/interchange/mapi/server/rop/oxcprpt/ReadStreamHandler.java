package org.interchange.mapi.server.rop.oxcprpt;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopReadStreamRequest;
import org.interchange.mapi.codec.rop.RopReadStreamResponse;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.StreamObject;

/**
 * RopReadStream, [MS-OXCPRPT] 3.2.5.15: reads ByteCount bytes (MaximumByteCount when ByteCount
 * is 0xBABE) from the stream position, no more than the response buffer holds.
 */
public final class ReadStreamHandler implements RopHandler<RopReadStreamRequest> {
    /** RopId, handle index, ReturnValue and DataSize. */
    private static final int RESPONSE_OVERHEAD = 8;

    @Override
    public RopId ropId() {
        return RopId.READ_STREAM;
    }

    @Override
    public Class<RopReadStreamRequest> requestType() {
        return RopReadStreamRequest.class;
    }

    @Override
    public RopResponse handle(RopReadStreamRequest request, RopContext context) {
        StreamObject stream = context.object(request.inputHandleIndex(), StreamObject.class);
        long wanted = request.byteCount() == RopReadStreamRequest.USE_MAXIMUM_BYTE_COUNT
                ? request.maximumByteCount() : request.byteCount();
        int room = Math.max(0, context.remainingBytes() - RESPONSE_OVERHEAD);
        byte[] data = stream.read((int) Math.min(Math.min(wanted, room), 0xFFFF));
        return new RopReadStreamResponse(request.inputHandleIndex(), RopErrors.SUCCESS, data);
    }
}
