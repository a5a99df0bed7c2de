package org.interchange.mapi.server.rop.oxcmsg;

import java.util.OptionalLong;
import org.interchange.mapi.codec.rop.RopCreateMessageRequest;
import org.interchange.mapi.codec.rop.RopCreateMessageResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.LogonObject;
import org.interchange.mapi.server.rop.MessageObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;

/**
 * RopCreateMessage, [MS-OXCMSG] 3.2.5.2: a new message of the folder, normal or FAI, held by the
 * server until RopSaveChangesMessage (so its MID is not known yet and not returned).
 */
public final class CreateMessageHandler implements RopHandler<RopCreateMessageRequest> {

    @Override
    public RopId ropId() {
        return RopId.CREATE_MESSAGE;
    }

    @Override
    public Class<RopCreateMessageRequest> requestType() {
        return RopCreateMessageRequest.class;
    }

    @Override
    public RopResponse handle(RopCreateMessageRequest request, RopContext context) {
        LogonObject logon = context.object(request.inputHandleIndex()).logon();
        FolderAccess.require(context, logon, request.folderId(), MemberRights.CREATE);
        if (context.store().folder(logon.mailbox(), request.folderId()).isEmpty()) {
            throw new RopFailure(RopErrors.NOT_FOUND, "no folder 0x" + Long.toHexString(request.folderId()));
        }
        context.put(request.outputHandleIndex(),
                MessageObject.created(logon, request.folderId(), request.associatedFlag()));
        return new RopCreateMessageResponse(request.outputHandleIndex(), OptionalLong.empty());
    }
}
