package org.interchange.mapi.server.rop.oxcstor;

import org.interchange.mapi.codec.rop.RopGetReceiveFolderResponse;
import org.interchange.mapi.server.rop.LogonObject;
import org.interchange.mapi.server.store.SpecialFolder;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopGetReceiveFolderRequest;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;

/** RopGetReceiveFolder, [MS-OXCSTOR] 3.2.5.2: every message class is delivered to the Inbox (the default mapping, explicit class ""). */
public final class GetReceiveFolderHandler implements RopHandler<RopGetReceiveFolderRequest> {

    @Override
    public RopId ropId() {
        return RopId.GET_RECEIVE_FOLDER;
    }

    @Override
    public Class<RopGetReceiveFolderRequest> requestType() {
        return RopGetReceiveFolderRequest.class;
    }

    @Override
    public RopResponse handle(RopGetReceiveFolderRequest request, RopContext context) {
        LogonObject logon = context.object(request.inputHandleIndex()).logon();
        return new RopGetReceiveFolderResponse(request.inputHandleIndex(),
                logon.mailbox().folderId(SpecialFolder.INBOX), "");
    }
}
