package org.interchange.mapi.server.rop.oxcmsg;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopOpenAttachmentRequest;
import org.interchange.mapi.codec.rop.RopOpenAttachmentResponse;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.AttachmentObject;
import org.interchange.mapi.server.rop.MessageObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.store.AttachmentRecord;

/** RopOpenAttachment, [MS-OXCMSG] 3.2.5.12: opens an attachment by PidTagAttachNumber, read-only. */
public final class OpenAttachmentHandler implements RopHandler<RopOpenAttachmentRequest> {

    @Override
    public RopId ropId() {
        return RopId.OPEN_ATTACHMENT;
    }

    @Override
    public Class<RopOpenAttachmentRequest> requestType() {
        return RopOpenAttachmentRequest.class;
    }

    @Override
    public RopResponse handle(RopOpenAttachmentRequest request, RopContext context) {
        MessageObject message = context.object(request.inputHandleIndex(), MessageObject.class);
        AttachmentRecord attachment = message.attachments(context.store())
                .stream().filter(a -> a.attachNumber() == request.attachmentId()).findFirst()
                .orElseThrow(() -> new RopFailure(RopErrors.NOT_FOUND, "no attachment " + request.attachmentId()));
        context.put(request.outputHandleIndex(), new AttachmentObject(message, attachment));
        return new RopOpenAttachmentResponse(request.outputHandleIndex());
    }
}
