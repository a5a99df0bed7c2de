package org.interchange.mapi.server.rop.oxcmsg;

import java.util.Optional;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopOpenEmbeddedMessageRequest;
import org.interchange.mapi.codec.rop.RopOpenEmbeddedMessageResponse;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.AttachmentObject;
import org.interchange.mapi.server.rop.MessageObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.store.EmbeddedMessageCodec;
import org.interchange.mapi.server.store.EmbeddedMessageException;
import org.interchange.mapi.server.store.NewMessage;

/**
 * RopOpenEmbeddedMessage, [MS-OXCMSG] 3.2.5.15 and [MS-OXCROPS] 2.2.6.16: opens the message an
 * attachment holds, or with the Create flag makes a new one when it holds none. Its
 * RopSaveChangesMessage stores it in the attachment; malformed stored data fails with
 * ecCorruptData.
 */
public final class OpenEmbeddedMessageHandler implements RopHandler<RopOpenEmbeddedMessageRequest> {
    /** OpenModeFlags ReadWrite, [MS-OXCROPS] 2.2.6.16.1. */
    static final int READ_WRITE = 0x01;
    /** OpenModeFlags Create, [MS-OXCROPS] 2.2.6.16.1. */
    static final int CREATE = 0x02;

    @Override
    public RopId ropId() {
        return RopId.OPEN_EMBEDDED_MESSAGE;
    }

    @Override
    public Class<RopOpenEmbeddedMessageRequest> requestType() {
        return RopOpenEmbeddedMessageRequest.class;
    }

    @Override
    public RopResponse handle(RopOpenEmbeddedMessageRequest request, RopContext context) {
        AttachmentObject attachment = context.object(request.inputHandleIndex(), AttachmentObject.class);
        Optional<byte[]> stored = attachment.embeddedMessage();
        if (stored.isEmpty() && (request.openModeFlags() & CREATE) == 0) {
            throw new RopFailure(RopErrors.NOT_FOUND, "attachment " + attachment.attachment().attachNumber()
                    + " holds no embedded message");
        }
        if ((request.openModeFlags() & (CREATE | READ_WRITE)) != 0) {
            FolderAccess.requireModify(context, attachment);
        }
        NewMessage content;
        try {
            content = stored.map(EmbeddedMessageCodec::deserialize).orElse(null);
        } catch (EmbeddedMessageException e) {
            throw new RopFailure(RopErrors.CORRUPT_DATA, "attachment " + attachment.attachment().attachNumber()
                    + ": " + e.getMessage());
        }
        MessageObject message = MessageObject.embedded(attachment, content);
        context.put(request.outputHandleIndex(), message);
        return new RopOpenEmbeddedMessageResponse(request.outputHandleIndex(), 0, 0,
                OpenRecipientRows.response(request.outputHandleIndex(), message.draft(context.store()).properties(),
                        message.recipients(context.store()), context.remainingBytes() / 2));
    }
}
