package org.interchange.mapi.server.rop.oxcmsg;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.RecipientRow;
import org.interchange.mapi.codec.property.StandardPropertyRow;
import org.interchange.mapi.codec.property.TypedString;
import org.interchange.mapi.codec.rop.OpenRecipientRow;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopOpenMessageRequest;
import org.interchange.mapi.codec.rop.RopOpenMessageResponse;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.rop.LogonObject;
import org.interchange.mapi.server.rop.MessageObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;

/**
 * RopOpenMessage, [MS-OXCMSG] 3.2.5.1: opens a message of the given folder read-only and returns
 * its subject parts and as many recipient rows (SMTP, Unicode) as fit half of the response buffer.
 */
public final class OpenMessageHandler implements RopHandler<RopOpenMessageRequest> {
    /** Code page of the recipient rows: UTF-16LE. */
    private static final int CODE_PAGE_UNICODE = 1200;
    private static final int RECIPIENT_FLAGS = RecipientRow.TYPE_NONE | RecipientRow.FLAG_O | RecipientRow.FLAG_E
            | RecipientRow.FLAG_D | RecipientRow.FLAG_U;

    @Override
    public RopId ropId() {
        return RopId.OPEN_MESSAGE;
    }

    @Override
    public Class<RopOpenMessageRequest> requestType() {
        return RopOpenMessageRequest.class;
    }

    @Override
    public RopResponse handle(RopOpenMessageRequest request, RopContext context) {
        LogonObject logon = context.object(request.inputHandleIndex()).logon();
        FolderAccess.require(context, logon, request.folderId(), MemberRights.READ_ANY);
        MessageRecord message = context.store().message(logon.mailbox(), request.messageId())
                .filter(m -> m.fid() == request.folderId())
                .orElseThrow(() -> new RopFailure(RopErrors.NOT_FOUND, "no message 0x"
                        + Long.toHexString(request.messageId()) + " in folder 0x" + Long.toHexString(request.folderId())));
        context.put(request.outputHandleIndex(), new MessageObject(logon, message));
        List<List<PropertyValue>> recipients = context.store().recipients(logon.mailbox(), message.mid());
        List<OpenRecipientRow> rows = new ArrayList<>();
        int budget = context.remainingBytes() / 2;
        for (List<PropertyValue> recipient : recipients) {
            OpenRecipientRow row = recipientRow(recipient);
            ByteWriter size = new ByteWriter();
            row.recipientRow().encode(size);
            budget -= size.size() + 4;
            if (budget < 0) {
                break;
            }
            rows.add(row);
        }
        String prefix = string(message, PidTag.SUBJECT_PREFIX).orElse(null);
        String normalized = string(message, PidTag.NORMALIZED_SUBJECT).or(() -> string(message, PidTag.SUBJECT))
                .orElse(null);
        boolean named = message.properties().stream().anyMatch(v -> v.tag().isNamed());
        return new RopOpenMessageResponse(request.outputHandleIndex(), named, TypedString.of(prefix),
                TypedString.of(normalized), recipients.size(), List.of(), rows);
    }

    private static OpenRecipientRow recipientRow(List<PropertyValue> recipient) {
        int type = find(recipient, PidTag.RECIPIENT_TYPE).map(PropertyValue::asInt).orElse(1);
        String email = find(recipient, PidTag.EMAIL_ADDRESS).map(PropertyValue::asString).orElse("");
        String name = find(recipient, PidTag.DISPLAY_NAME).map(PropertyValue::asString).orElse(email);
        String addressType = find(recipient, PidTag.ADDRESS_TYPE).map(PropertyValue::asString).orElse("SMTP");
        RecipientRow row = new RecipientRow(RECIPIENT_FLAGS, 0, 0, null, null, null, addressType, email, name, null,
                null, new StandardPropertyRow(List.of(), List.of()));
        return new OpenRecipientRow(type, CODE_PAGE_UNICODE, 0, row);
    }

    private static Optional<PropertyValue> find(List<PropertyValue> values, PropertyTag tag) {
        return values.stream().filter(v -> v.tag().id() == tag.id() && v.value() != null).findFirst();
    }

    private static Optional<String> string(MessageRecord message, PropertyTag tag) {
        return find(message.properties(), tag).map(PropertyValue::asString);
    }
}
