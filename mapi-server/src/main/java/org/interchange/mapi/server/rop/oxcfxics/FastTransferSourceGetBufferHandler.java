package org.interchange.mapi.server.rop.oxcfxics;

import org.interchange.mapi.codec.fxics.FastTransferSource;
import org.interchange.mapi.codec.rop.RopFastTransferSourceGetBufferRequest;
import org.interchange.mapi.codec.rop.RopFastTransferSourceGetBufferResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.FastTransferSourceObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.ServerObject;
import org.interchange.mapi.server.rop.SyncContextObject;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;

/**
 * RopFastTransferSourceGetBuffer, [MS-OXCFXICS] 3.2.5.8.1.5: the next part of the stream, no larger
 * than the client asked for (0xBABE: MaximumBufferSize) nor than the room left in the ROP output
 * buffer; TransferStatus Partial until the last part, then Done. The first call on a synchronization
 * context plans its download from the uploaded state; when it is done the context holds the final state.
 */
public final class FastTransferSourceGetBufferHandler implements RopHandler<RopFastTransferSourceGetBufferRequest> {
    /** RopId, InputHandleIndex, ReturnValue, TransferStatus, InProgressCount, TotalStepCount, Reserved, TransferBufferSize. */
    private static final int RESPONSE_OVERHEAD = 1 + 1 + 4 + 2 + 2 + 2 + 1 + 2;

    @Override
    public RopId ropId() {
        return RopId.FAST_TRANSFER_SOURCE_GET_BUFFER;
    }

    @Override
    public Class<RopFastTransferSourceGetBufferRequest> requestType() {
        return RopFastTransferSourceGetBufferRequest.class;
    }

    @Override
    public RopResponse handle(RopFastTransferSourceGetBufferRequest request, RopContext context) {
        ServerObject object = context.object(request.inputHandleIndex());
        FastTransferSource source = switch (object) {
            case SyncContextObject sync -> sourceOf(sync, context);
            case FastTransferSourceObject ft -> ft.source();
            default -> throw new RopFailure(RopErrors.NOT_SUPPORTED, "no FastTransfer download context at handle index "
                    + request.inputHandleIndex());
        };
        int asked = request.bufferSize() == RopFastTransferSourceGetBufferRequest.USE_MAXIMUM_BUFFER_SIZE
                ? request.maximumBufferSize() : request.bufferSize();
        int size = Math.min(asked, context.remainingBytes() - RESPONSE_OVERHEAD);
        if (size <= 0) {
            throw new RopFailure(RopErrors.BUFFER_TOO_SMALL, "no room for FastTransfer data in the output buffer");
        }
        byte[] data = source.isDone() ? new byte[0] : source.nextBuffer(size);
        boolean done = source.isDone();
        if (done && object instanceof SyncContextObject sync) {
            sync.finishDownload();
        }
        return RopFastTransferSourceGetBufferResponse.of(request.inputHandleIndex(),
                done ? RopFastTransferSourceGetBufferResponse.STATUS_DONE
                        : RopFastTransferSourceGetBufferResponse.STATUS_PARTIAL, data);
    }

    private static FastTransferSource sourceOf(SyncContextObject sync, RopContext context) {
        if (sync.source() == null) {
            SyncPlan plan = sync.configuration().hierarchy()
                    ? HierarchySync.plan(context.store(), sync.logon().mailbox(), sync.folder().fid(),
                    sync.configuration(), sync.state(), FolderAccess.visibility(context, sync.logon()))
                    : ContentsSync.plan(context.store(), sync.logon().mailbox(), sync.folder().fid(),
                    sync.configuration(), sync.state());
            sync.startDownload(new FastTransferSource(plan.elements()), plan.finalState());
        }
        return sync.source();
    }
}
