package org.interchange.mapi.server.rop.oxcfxics;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationOpenCollectorRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationOpenCollectorResponse;
import org.interchange.mapi.server.rop.CollectorObject;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;

/** RopSynchronizationOpenCollector, [MS-OXCFXICS] 3.2.5.9.4.1: an upload context on the input folder. */
public final class OpenCollectorHandler implements RopHandler<RopSynchronizationOpenCollectorRequest> {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_OPEN_COLLECTOR;
    }

    @Override
    public Class<RopSynchronizationOpenCollectorRequest> requestType() {
        return RopSynchronizationOpenCollectorRequest.class;
    }

    @Override
    public RopResponse handle(RopSynchronizationOpenCollectorRequest request, RopContext context) {
        FolderObject folder = context.object(request.inputHandleIndex(), FolderObject.class);
        FolderAccess.require(context, folder, MemberRights.FOLDER_VISIBLE);
        context.put(request.outputHandleIndex(),
                new CollectorObject(folder.logon(), folder.folder(), request.isContentsCollector()));
        return new RopSynchronizationOpenCollectorResponse(request.outputHandleIndex());
    }
}
