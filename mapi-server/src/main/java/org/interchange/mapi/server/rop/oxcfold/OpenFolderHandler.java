package org.interchange.mapi.server.rop.oxcfold;

import java.util.List;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopOpenFolderRequest;
import org.interchange.mapi.codec.rop.RopOpenFolderResponse;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.LogonObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;

/** RopOpenFolder, [MS-OXCFOLD] 3.2.5.1: opens a folder of the logon's mailbox by FID. */
public final class OpenFolderHandler implements RopHandler<RopOpenFolderRequest> {

    @Override
    public RopId ropId() {
        return RopId.OPEN_FOLDER;
    }

    @Override
    public Class<RopOpenFolderRequest> requestType() {
        return RopOpenFolderRequest.class;
    }

    @Override
    public RopResponse handle(RopOpenFolderRequest request, RopContext context) {
        LogonObject logon = context.object(request.inputHandleIndex()).logon();
        FolderAccess.require(context, logon, request.folderId(), MemberRights.FOLDER_VISIBLE);
        FolderRecord folder = context.store().folder(logon.mailbox(), request.folderId())
                .orElseThrow(() -> new RopFailure(RopErrors.NOT_FOUND, "no folder 0x" + Long.toHexString(request.folderId())));
        context.put(request.outputHandleIndex(), new FolderObject(logon, folder));
        return new RopOpenFolderResponse(request.outputHandleIndex(), false, false, 0, List.of());
    }
}
