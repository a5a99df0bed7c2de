package org.interchange.mapi.server.rop.oxcfxics;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationUploadStateStreamContinueRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationUploadStateStreamContinueResponse;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;

/** RopSynchronizationUploadStateStreamContinue, [MS-OXCFXICS] 3.2.5.9.2.2: appends to the state property being uploaded. */
public final class UploadStateStreamContinueHandler
        implements RopHandler<RopSynchronizationUploadStateStreamContinueRequest> {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_UPLOAD_STATE_STREAM_CONTINUE;
    }

    @Override
    public Class<RopSynchronizationUploadStateStreamContinueRequest> requestType() {
        return RopSynchronizationUploadStateStreamContinueRequest.class;
    }

    @Override
    public RopResponse handle(RopSynchronizationUploadStateStreamContinueRequest request, RopContext context) {
        SyncStates.of(context, request.inputHandleIndex()).append(request.streamData());
        return new RopSynchronizationUploadStateStreamContinueResponse(request.inputHandleIndex());
    }
}
