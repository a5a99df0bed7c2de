package org.interchange.mapi.server.rop.oxcmsg;

import org.interchange.mapi.codec.rop.RopDeleteAttachmentRequest;
import org.interchange.mapi.codec.rop.RopDeleteAttachmentResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.MessageObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;

/** RopDeleteAttachment, [MS-OXCMSG] 3.2.5.15: removes an attachment; saved with the message. */
public final class DeleteAttachmentHandler implements RopHandler<RopDeleteAttachmentRequest> {

    @Override
    public RopId ropId() {
        return RopId.DELETE_ATTACHMENT;
    }

    @Override
    public Class<RopDeleteAttachmentRequest> requestType() {
        return RopDeleteAttachmentRequest.class;
    }

    @Override
    public RopResponse handle(RopDeleteAttachmentRequest request, RopContext context) {
        MessageObject message = context.object(request.inputHandleIndex(), MessageObject.class);
        if (!message.draft(context.store()).deleteAttachment((int) request.attachmentId())) {
            throw new RopFailure(RopErrors.NOT_FOUND, "no attachment " + request.attachmentId());
        }
        return new RopDeleteAttachmentResponse(request.inputHandleIndex());
    }
}
