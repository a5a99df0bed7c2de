package org.interchange.mapi.server.rop.oxcmsg;

import java.util.List;
import org.interchange.mapi.codec.rop.RopCreateAttachmentRequest;
import org.interchange.mapi.codec.rop.RopCreateAttachmentResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.AttachmentObject;
import org.interchange.mapi.server.rop.MessageObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.store.AttachmentRecord;

/** RopCreateAttachment, [MS-OXCMSG] 3.2.5.13: a new attachment with the next free PidTagAttachNumber. */
public final class CreateAttachmentHandler implements RopHandler<RopCreateAttachmentRequest> {

    @Override
    public RopId ropId() {
        return RopId.CREATE_ATTACHMENT;
    }

    @Override
    public Class<RopCreateAttachmentRequest> requestType() {
        return RopCreateAttachmentRequest.class;
    }

    @Override
    public RopResponse handle(RopCreateAttachmentRequest request, RopContext context) {
        MessageObject message = context.object(request.inputHandleIndex(), MessageObject.class);
        int number = message.draft(context.store()).reserveAttachmentNumber();
        context.put(request.outputHandleIndex(), new AttachmentObject(message, new AttachmentRecord(number, List.of())));
        return new RopCreateAttachmentResponse(request.outputHandleIndex(), number);
    }
}
