package org.interchange.mapi.server.rop.oxcfxics;

import java.util.List;
import org.interchange.mapi.codec.fxics.FastTransferSource;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationGetTransferStateRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationGetTransferStateResponse;
import org.interchange.mapi.server.rop.FastTransferSourceObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.SyncContextObject;

/**
 * RopSynchronizationGetTransferState, [MS-OXCFXICS] 3.2.5.9.3.1: a FastTransfer download context
 * whose stream is the context's ICS state as it is now (the initial state until a download is done,
 * then the final one), unaffected by later changes.
 */
public final class SynchronizationGetTransferStateHandler
        implements RopHandler<RopSynchronizationGetTransferStateRequest> {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_GET_TRANSFER_STATE;
    }

    @Override
    public Class<RopSynchronizationGetTransferStateRequest> requestType() {
        return RopSynchronizationGetTransferStateRequest.class;
    }

    @Override
    public RopResponse handle(RopSynchronizationGetTransferStateRequest request, RopContext context) {
        SyncContextObject sync = context.object(request.inputHandleIndex(), SyncContextObject.class);
        FastTransferSource stream = new FastTransferSource(
                List.of(sync.state().element(sync.configuration().hierarchy())).iterator());
        context.put(request.outputHandleIndex(), new FastTransferSourceObject(sync.logon(), stream));
        return new RopSynchronizationGetTransferStateResponse(request.outputHandleIndex());
    }
}
