package org.interchange.mapi.server.rop.oxcmsg;

import org.interchange.mapi.codec.rop.ModifyRecipientRow;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopModifyRecipientsRequest;
import org.interchange.mapi.codec.rop.RopModifyRecipientsResponse;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.MessageDraft;
import org.interchange.mapi.server.rop.MessageObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;

/**
 * RopModifyRecipients, [MS-OXCMSG] 3.2.5.5: adds or replaces the recipient of each RowId; a row
 * without RecipientRow removes it. Saved with the message.
 */
public final class ModifyRecipientsHandler implements RopHandler<RopModifyRecipientsRequest> {

    @Override
    public RopId ropId() {
        return RopId.MODIFY_RECIPIENTS;
    }

    @Override
    public Class<RopModifyRecipientsRequest> requestType() {
        return RopModifyRecipientsRequest.class;
    }

    @Override
    public RopResponse handle(RopModifyRecipientsRequest request, RopContext context) {
        MessageDraft draft = context.object(request.inputHandleIndex(), MessageObject.class).draft(context.store());
        for (ModifyRecipientRow row : request.recipientRows()) {
            draft.setRecipient(row.rowId(), row.recipientRow() == null ? null : RecipientRows.properties(row));
        }
        return new RopModifyRecipientsResponse(request.inputHandleIndex());
    }
}
