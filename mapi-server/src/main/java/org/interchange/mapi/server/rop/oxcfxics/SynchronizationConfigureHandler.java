package org.interchange.mapi.server.rop.oxcfxics;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationConfigureRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationConfigureResponse;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.SyncContextObject;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;

/**
 * RopSynchronizationConfigure, [MS-OXCFXICS] 3.2.5.9.1.1: opens a download context on the input
 * folder for its contents or its hierarchy. Restrictions are not supported (ecNotSupported);
 * unknown synchronization types fail with ecInvalidParam.
 */
public final class SynchronizationConfigureHandler implements RopHandler<RopSynchronizationConfigureRequest> {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_CONFIGURE;
    }

    @Override
    public Class<RopSynchronizationConfigureRequest> requestType() {
        return RopSynchronizationConfigureRequest.class;
    }

    @Override
    public RopResponse handle(RopSynchronizationConfigureRequest request, RopContext context) {
        FolderObject folder = context.object(request.inputHandleIndex(), FolderObject.class);
        int type = request.synchronizationType();
        if (type != RopSynchronizationConfigureRequest.CONTENTS && type != RopSynchronizationConfigureRequest.HIERARCHY) {
            throw new RopFailure(RopErrors.INVALID_PARAMETER, "unknown SynchronizationType " + type);
        }
        if (request.restrictionData().length != 0) {
            throw new RopFailure(RopErrors.NOT_SUPPORTED, "restricted synchronization is not supported");
        }
        FolderAccess.require(context, folder, type == RopSynchronizationConfigureRequest.HIERARCHY
                ? MemberRights.FOLDER_VISIBLE : MemberRights.READ_ANY);
        SyncConfiguration config = new SyncConfiguration(type == RopSynchronizationConfigureRequest.HIERARCHY,
                request.sendOptions(), request.synchronizationFlags(), request.synchronizationExtraFlags(),
                request.propertyTags());
        context.put(request.outputHandleIndex(), new SyncContextObject(folder.logon(), folder.folder(), config));
        return new RopSynchronizationConfigureResponse(request.outputHandleIndex());
    }
}
