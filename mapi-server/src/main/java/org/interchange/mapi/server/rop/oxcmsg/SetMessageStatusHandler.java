package org.interchange.mapi.server.rop.oxcmsg;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSetMessageStatusRequest;
import org.interchange.mapi.codec.rop.RopSetMessageStatusResponse;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import java.util.List;

/**
 * RopSetMessageStatus, [MS-OXCMSG] 3.2.5.9: replaces the bits of PidTagMessageStatus selected by the
 * mask on a message of the input folder and returns the previous status. The status is not
 * replicated, so it makes no new change number.
 */
public final class SetMessageStatusHandler implements RopHandler<RopSetMessageStatusRequest> {

    @Override
    public RopId ropId() {
        return RopId.SET_MESSAGE_STATUS;
    }

    @Override
    public Class<RopSetMessageStatusRequest> requestType() {
        return RopSetMessageStatusRequest.class;
    }

    @Override
    public RopResponse handle(RopSetMessageStatusRequest request, RopContext context) {
        FolderObject folder = context.object(request.inputHandleIndex(), FolderObject.class);
        Mailbox mailbox = folder.logon().mailbox();
        FolderAccess.requireEdit(context, folder.logon(), folder.folder().fid(), List.of(request.messageId()));
        context.store().message(mailbox, request.messageId()).filter(m -> m.fid() == folder.folder().fid())
                .orElseThrow(() -> new RopFailure(RopErrors.NOT_FOUND, "no message 0x"
                        + Long.toHexString(request.messageId()) + " in the folder"));
        int old = context.store().setMessageStatus(mailbox, request.messageId(), (int) request.messageStatusFlags(),
                (int) request.messageStatusMask());
        return new RopSetMessageStatusResponse(request.inputHandleIndex(), Integer.toUnsignedLong(old));
    }
}
