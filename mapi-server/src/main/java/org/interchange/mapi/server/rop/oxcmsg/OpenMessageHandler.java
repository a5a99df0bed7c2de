package org.interchange.mapi.server.rop.oxcmsg;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopOpenMessageRequest;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.LogonObject;
import org.interchange.mapi.server.rop.MessageObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;

/**
 * RopOpenMessage, [MS-OXCMSG] 3.2.5.1: opens a message of the given folder read-only and returns
 * its subject parts and as many recipient rows (with PidTagRecipientTrackStatus) as fit half of the
 * response buffer.
 */
public final class OpenMessageHandler implements RopHandler<RopOpenMessageRequest> {

    @Override
    public RopId ropId() {
        return RopId.OPEN_MESSAGE;
    }

    @Override
    public Class<RopOpenMessageRequest> requestType() {
        return RopOpenMessageRequest.class;
    }

    @Override
    public RopResponse handle(RopOpenMessageRequest request, RopContext context) {
        LogonObject logon = context.object(request.inputHandleIndex()).logon();
        FolderAccess.require(context, logon, request.folderId(), MemberRights.READ_ANY);
        MessageRecord message = context.store().message(logon.mailbox(), request.messageId())
                .filter(m -> m.fid() == request.folderId())
                .orElseThrow(() -> new RopFailure(RopErrors.NOT_FOUND, "no message 0x"
                        + Long.toHexString(request.messageId()) + " in folder 0x" + Long.toHexString(request.folderId())));
        context.put(request.outputHandleIndex(), new MessageObject(logon, message));
        return OpenRecipientRows.response(request.outputHandleIndex(), message.properties(),
                context.store().recipients(logon.mailbox(), message.mid()), context.remainingBytes() / 2);
    }
}
