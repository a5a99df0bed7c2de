package org.interchange.mapi.server.rop.oxcfxics;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationUploadStateStreamBeginRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationUploadStateStreamBeginResponse;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;

/** RopSynchronizationUploadStateStreamBegin, [MS-OXCFXICS] 3.2.5.9.2.1: starts uploading one ICS state property. */
public final class UploadStateStreamBeginHandler
        implements RopHandler<RopSynchronizationUploadStateStreamBeginRequest> {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_UPLOAD_STATE_STREAM_BEGIN;
    }

    @Override
    public Class<RopSynchronizationUploadStateStreamBeginRequest> requestType() {
        return RopSynchronizationUploadStateStreamBeginRequest.class;
    }

    @Override
    public RopResponse handle(RopSynchronizationUploadStateStreamBeginRequest request, RopContext context) {
        SyncStates.of(context, request.inputHandleIndex()).begin(request.stateProperty(),
                request.transferBufferSize());
        return new RopSynchronizationUploadStateStreamBeginResponse(request.inputHandleIndex());
    }
}
