package org.interchange.mapi.server.rop.oxcmsg;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSaveChangesAttachmentRequest;
import org.interchange.mapi.codec.rop.RopSaveChangesAttachmentResponse;
import org.interchange.mapi.server.rop.AttachmentObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.store.AttachmentRecord;

/**
 * RopSaveChangesAttachment, [MS-OXCMSG] 3.2.5.14: puts the attachment's properties into its message;
 * they reach the store with the message's RopSaveChangesMessage.
 */
public final class SaveChangesAttachmentHandler implements RopHandler<RopSaveChangesAttachmentRequest> {

    @Override
    public RopId ropId() {
        return RopId.SAVE_CHANGES_ATTACHMENT;
    }

    @Override
    public Class<RopSaveChangesAttachmentRequest> requestType() {
        return RopSaveChangesAttachmentRequest.class;
    }

    @Override
    public RopResponse handle(RopSaveChangesAttachmentRequest request, RopContext context) {
        AttachmentObject attachment = context.object(request.inputHandleIndex(), AttachmentObject.class);
        AttachmentRecord a = attachment.stored();
        attachment.message().draft(context.store()).putAttachment(a.attachNumber(), a.properties());
        return new RopSaveChangesAttachmentResponse(request.responseHandleIndex());
    }
}
