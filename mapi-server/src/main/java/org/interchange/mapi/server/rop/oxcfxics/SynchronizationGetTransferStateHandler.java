package org.interchange.mapi.server.rop.oxcfxics;

import java.util.List;
import org.interchange.mapi.codec.fxics.FastTransferSource;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationGetTransferStateRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationGetTransferStateResponse;
import org.interchange.mapi.codec.fxics.SyncElement;
import org.interchange.mapi.server.rop.CollectorObject;
import org.interchange.mapi.server.rop.FastTransferSourceObject;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.ServerObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.SyncContextObject;

/**
 * RopSynchronizationGetTransferState, [MS-OXCFXICS] 3.2.5.9.3.1: a FastTransfer download context
 * whose stream is the download or upload context's ICS state as it is now (for a download the initial
 * state until it is done, then the final one; for an upload the imports so far), unaffected by later changes.
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
        ServerObject object = context.object(request.inputHandleIndex());
        SyncElement.SyncState state = switch (object) {
            case SyncContextObject sync -> sync.state().element(sync.configuration().hierarchy());
            case CollectorObject collector -> collector.state().element(!collector.contents());
            default -> throw new RopFailure(RopErrors.NOT_SUPPORTED, "no synchronization context at handle index "
                    + request.inputHandleIndex());
        };
        FastTransferSource stream = new FastTransferSource(List.of(state).iterator());
        context.put(request.outputHandleIndex(), new FastTransferSourceObject(object.logon(), stream));
        return new RopSynchronizationGetTransferStateResponse(request.outputHandleIndex());
    }
}
