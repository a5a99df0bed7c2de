package org.interchange.mapi.server.rop.oxcprpt;

import org.interchange.mapi.codec.rop.RopCommitStreamRequest;
import org.interchange.mapi.codec.rop.RopCommitStreamResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.PropertyWriter;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.StreamObject;

/** RopCommitStream, [MS-OXCPRPT] 3.2.5.17: the stream's bytes become its property's value on the owner. */
public final class CommitStreamHandler implements RopHandler<RopCommitStreamRequest> {

    @Override
    public RopId ropId() {
        return RopId.COMMIT_STREAM;
    }

    @Override
    public Class<RopCommitStreamRequest> requestType() {
        return RopCommitStreamRequest.class;
    }

    @Override
    public RopResponse handle(RopCommitStreamRequest request, RopContext context) {
        PropertyWriter.commit(context.store(), context.object(request.inputHandleIndex(), StreamObject.class));
        return new RopCommitStreamResponse(request.inputHandleIndex());
    }
}
