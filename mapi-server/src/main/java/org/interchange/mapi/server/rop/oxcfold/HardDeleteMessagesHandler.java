package org.interchange.mapi.server.rop.oxcfold;

import org.interchange.mapi.codec.rop.RopHardDeleteMessagesRequest;
import org.interchange.mapi.codec.rop.RopHardDeleteMessagesResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopHandler;

/** RopHardDeleteMessages, [MS-OXCFOLD] 3.2.5.10: deletes messages of the input folder for good. */
public final class HardDeleteMessagesHandler implements RopHandler<RopHardDeleteMessagesRequest> {

    @Override
    public RopId ropId() {
        return RopId.HARD_DELETE_MESSAGES;
    }

    @Override
    public Class<RopHardDeleteMessagesRequest> requestType() {
        return RopHardDeleteMessagesRequest.class;
    }

    @Override
    public RopResponse handle(RopHardDeleteMessagesRequest request, RopContext context) {
        boolean partial = MessageDeletion.delete(context, request.inputHandleIndex(), request.messageIds());
        return new RopHardDeleteMessagesResponse(request.inputHandleIndex(), RopErrors.SUCCESS, partial);
    }
}
