package org.interchange.mapi.server.rop.oxcfxics;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationUploadStateStreamEndRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationUploadStateStreamEndResponse;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;

/**
 * RopSynchronizationUploadStateStreamEnd, [MS-OXCFXICS] 3.2.5.9.2.3: the uploaded value must be a
 * REPLGUID-based IDSET; a malformed one fails with ecCorruptData.
 */
public final class UploadStateStreamEndHandler implements RopHandler<RopSynchronizationUploadStateStreamEndRequest> {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_UPLOAD_STATE_STREAM_END;
    }

    @Override
    public Class<RopSynchronizationUploadStateStreamEndRequest> requestType() {
        return RopSynchronizationUploadStateStreamEndRequest.class;
    }

    @Override
    public RopResponse handle(RopSynchronizationUploadStateStreamEndRequest request, RopContext context) {
        SyncStates.of(context, request.inputHandleIndex()).end();
        return new RopSynchronizationUploadStateStreamEndResponse(request.inputHandleIndex());
    }
}
