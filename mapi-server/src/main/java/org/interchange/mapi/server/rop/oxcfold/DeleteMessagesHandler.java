package org.interchange.mapi.server.rop.oxcfold;

import org.interchange.mapi.codec.rop.RopDeleteMessagesRequest;
import org.interchange.mapi.codec.rop.RopDeleteMessagesResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopHandler;

/**
 * RopDeleteMessages, [MS-OXCFOLD] 3.2.5.5: deletes messages of the input folder (this store keeps no
 * recoverable items, so it is a hard delete that leaves ICS tombstones); missing ids set PartialCompletion.
 */
public final class DeleteMessagesHandler implements RopHandler<RopDeleteMessagesRequest> {

    @Override
    public RopId ropId() {
        return RopId.DELETE_MESSAGES;
    }

    @Override
    public Class<RopDeleteMessagesRequest> requestType() {
        return RopDeleteMessagesRequest.class;
    }

    @Override
    public RopResponse handle(RopDeleteMessagesRequest request, RopContext context) {
        boolean partial = MessageDeletion.delete(context, request.inputHandleIndex(), request.messageIds());
        return new RopDeleteMessagesResponse(request.inputHandleIndex(), RopErrors.SUCCESS, partial);
    }
}
