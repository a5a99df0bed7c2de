package org.interchange.mapi.server.rop.oxcmsg;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopRemoveAllRecipientsRequest;
import org.interchange.mapi.codec.rop.RopRemoveAllRecipientsResponse;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.MessageObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;

/** RopRemoveAllRecipients, [MS-OXCMSG] 3.2.5.4: removes every recipient; saved with the message. */
public final class RemoveAllRecipientsHandler implements RopHandler<RopRemoveAllRecipientsRequest> {

    @Override
    public RopId ropId() {
        return RopId.REMOVE_ALL_RECIPIENTS;
    }

    @Override
    public Class<RopRemoveAllRecipientsRequest> requestType() {
        return RopRemoveAllRecipientsRequest.class;
    }

    @Override
    public RopResponse handle(RopRemoveAllRecipientsRequest request, RopContext context) {
        context.object(request.inputHandleIndex(), MessageObject.class).draft(context.store()).removeAllRecipients();
        return new RopRemoveAllRecipientsResponse(request.inputHandleIndex());
    }
}
