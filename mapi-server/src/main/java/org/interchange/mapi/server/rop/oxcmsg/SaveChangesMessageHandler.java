package org.interchange.mapi.server.rop.oxcmsg;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSaveChangesMessageRequest;
import org.interchange.mapi.codec.rop.RopSaveChangesMessageResponse;
import org.interchange.mapi.server.rop.MessageObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;

/**
 * RopSaveChangesMessage, [MS-OXCMSG] 3.2.5.3: stores the message with its recipients and attachments
 * as one new version (a new change number, change key and PCL) and returns its MID; the message
 * stays open for further changes.
 */
public final class SaveChangesMessageHandler implements RopHandler<RopSaveChangesMessageRequest> {

    @Override
    public RopId ropId() {
        return RopId.SAVE_CHANGES_MESSAGE;
    }

    @Override
    public Class<RopSaveChangesMessageRequest> requestType() {
        return RopSaveChangesMessageRequest.class;
    }

    @Override
    public RopResponse handle(RopSaveChangesMessageRequest request, RopContext context) {
        MessageObject message = context.object(request.inputHandleIndex(), MessageObject.class);
        FolderAccess.requireModify(context, message.parent() != null ? message.parent() : message);
        long mid = MessageSaver.save(context, message);
        return new RopSaveChangesMessageResponse(request.responseHandleIndex(), request.inputHandleIndex(), mid);
    }
}
