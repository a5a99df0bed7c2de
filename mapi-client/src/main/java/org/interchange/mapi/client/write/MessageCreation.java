package org.interchange.mapi.client.write;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.RecipientRow;
import org.interchange.mapi.codec.property.StandardPropertyRow;
import org.interchange.mapi.codec.rop.ModifyRecipientRow;
import org.interchange.mapi.codec.rop.RopCreateAttachmentRequest;
import org.interchange.mapi.codec.rop.RopCreateAttachmentResponse;
import org.interchange.mapi.codec.rop.RopCreateMessageRequest;
import org.interchange.mapi.codec.rop.RopCreateMessageResponse;
import org.interchange.mapi.codec.rop.RopModifyRecipientsRequest;
import org.interchange.mapi.codec.rop.RopOpenEmbeddedMessageRequest;
import org.interchange.mapi.codec.rop.RopOpenEmbeddedMessageResponse;
import org.interchange.mapi.codec.rop.RopModifyRecipientsResponse;
import org.interchange.mapi.codec.rop.RopSaveChangesAttachmentRequest;
import org.interchange.mapi.codec.rop.RopSaveChangesAttachmentResponse;
import org.interchange.mapi.codec.rop.RopSaveChangesMessageRequest;
import org.interchange.mapi.codec.rop.RopSaveChangesMessageResponse;
import org.interchange.mapi.codec.rop.RopSubmitMessageRequest;
import org.interchange.mapi.codec.rop.RopSubmitMessageResponse;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.client.internal.rop.RopBatch;

/**
 * Creates a message with its properties, recipients and attachments, [MS-OXCMSG] 3.1.4.2 to 3.1.4.4:
 * RopCreateMessage, property upload, RopModifyRecipients, per attachment RopCreateAttachment,
 * property upload (for an embedded message RopOpenEmbeddedMessage, the same steps inside it and its
 * RopSaveChangesMessage) and RopSaveChangesAttachment, then RopSaveChangesMessage (and RopSubmitMessage
 * when sending), as few Executes as the sizes allow.
 */
final class MessageCreation {
    /** Code page of the message: the server's default, [MS-OXCROPS] 2.2.6.2.1. */
    static final int CODE_PAGE_DEFAULT = 0x0FFF;
    /** SaveFlags KeepOpenReadWrite, [MS-OXCROPS] 2.2.6.3.1. */
    static final int KEEP_OPEN_READ_WRITE = 0x02;
    /** AttachMethod afByValue, [MS-OXCMSG] 2.2.2.9. */
    static final int BY_VALUE = 1;
    /** AttachMethod afEmbeddedMessage, [MS-OXCMSG] 2.2.2.9. */
    static final int EMBEDDED_MESSAGE = 5;
    /** OpenModeFlags ReadWrite | Create of RopOpenEmbeddedMessage, [MS-OXCROPS] 2.2.6.16.1. */
    static final int OPEN_CREATE = 0x03;
    private static final List<PropertyTag> RECIPIENT_COLUMNS = List.of(PidTag.SMTP_ADDRESS);
    private static final List<PropertyTag> RECIPIENT_COLUMNS_TRACKED = List.of(PidTag.SMTP_ADDRESS,
            PidTag.RECIPIENT_TRACK_STATUS);

    private MessageCreation() {
    }

    /** Creates the message in {@code folderId}, optionally submits it, and returns its MID. */
    static long create(RopPipeline pipe, long folderId, MessageSpec spec, boolean submit) {
        RopPipeline.Ref message = pipe.open(pipe.logon(), (in, out) -> new RopCreateMessageRequest(RopBatch.LOGON_ID,
                in, out, CODE_PAGE_DEFAULT, folderId, spec.associated()), RopCreateMessageResponse.class, null);
        return fillAndSave(pipe, message, spec, submit);
    }

    /**
     * Writes properties, recipients and attachments into an open message, saves it (and submits it),
     * releases it and returns its MID.
     */
    static long fillAndSave(RopPipeline pipe, RopPipeline.Ref message, MessageSpec spec, boolean submit) {
        fill(pipe, message, spec);
        long[] mid = new long[1];
        pipe.call(message, slot -> new RopSaveChangesMessageRequest(RopBatch.LOGON_ID, slot, slot,
                KEEP_OPEN_READ_WRITE), RopSaveChangesMessageResponse.class, r -> mid[0] = r.messageId());
        if (submit) {
            pipe.call(message, slot -> new RopSubmitMessageRequest(RopBatch.LOGON_ID, slot, 0),
                    RopSubmitMessageResponse.class, null);
        }
        pipe.release(message);
        pipe.flush();
        return mid[0];
    }

    /** Writes properties, recipients and attachments (embedded messages included) into an open message. */
    private static void fill(RopPipeline pipe, RopPipeline.Ref message, MessageSpec spec) {
        PropertyUpload.write(pipe, message, spec.properties());
        if (!spec.recipients().isEmpty()) {
            List<PropertyTag> columns = spec.recipients().stream().anyMatch(r -> r.trackStatus() != 0)
                    ? RECIPIENT_COLUMNS_TRACKED : RECIPIENT_COLUMNS;
            List<ModifyRecipientRow> rows = new ArrayList<>();
            for (int i = 0; i < spec.recipients().size(); i++) {
                rows.add(row(i, spec.recipients().get(i), columns));
            }
            pipe.call(message, slot -> new RopModifyRecipientsRequest(RopBatch.LOGON_ID, slot, columns, rows),
                    RopModifyRecipientsResponse.class, null);
        }
        for (AttachmentSpec a : spec.attachments()) {
            RopPipeline.Ref attachment = pipe.open(message, (in, out) -> new RopCreateAttachmentRequest(
                    RopBatch.LOGON_ID, in, out), RopCreateAttachmentResponse.class, null);
            PropertyUpload.write(pipe, attachment, a.verbatim() ? a.properties() : values(a));
            if (a.isEmbeddedMessage()) {
                writeEmbedded(pipe, attachment, a.embeddedMessage());
            }
            pipe.call(attachment, slot -> new RopSaveChangesAttachmentRequest(RopBatch.LOGON_ID, slot, slot,
                    KEEP_OPEN_READ_WRITE), RopSaveChangesAttachmentResponse.class, null);
            pipe.release(attachment);
        }
    }

    /** The properties of a file or embedded-message attachment: method, names, {@code a}'s further ones, bytes. */
    private static List<PropertyValue> values(AttachmentSpec a) {
        List<PropertyValue> values = new ArrayList<>();
        values.add(PropertyValue.of(PidTag.ATTACH_METHOD, a.isEmbeddedMessage() ? EMBEDDED_MESSAGE : BY_VALUE));
        values.add(PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, a.fileName()));
        values.add(PropertyValue.of(PidTag.ATTACH_MIME_TAG, a.mimeType()));
        if (a.isEmbeddedMessage()) {
            values.add(PropertyValue.of(PidTag.DISPLAY_NAME, a.fileName()));
        }
        values.addAll(a.properties());
        if (!a.isEmbeddedMessage()) {
            values.add(PropertyValue.of(PidTag.ATTACH_DATA_BINARY, a.data()));
        }
        return values;
    }

    /** RopOpenEmbeddedMessage with Create, its content, and its RopSaveChangesMessage, [MS-OXCMSG] 3.1.4.12. */
    private static void writeEmbedded(RopPipeline pipe, RopPipeline.Ref attachment, MessageSpec spec) {
        RopPipeline.Ref embedded = pipe.open(attachment, (in, out) -> new RopOpenEmbeddedMessageRequest(
                RopBatch.LOGON_ID, in, out, CODE_PAGE_DEFAULT, OPEN_CREATE), RopOpenEmbeddedMessageResponse.class,
                null);
        fill(pipe, embedded, spec);
        pipe.call(embedded, slot -> new RopSaveChangesMessageRequest(RopBatch.LOGON_ID, slot, slot,
                KEEP_OPEN_READ_WRITE), RopSaveChangesMessageResponse.class, null);
        pipe.release(embedded);
    }

    private static ModifyRecipientRow row(int rowId, RecipientSpec r, List<PropertyTag> columns) {
        int flags = RecipientRow.TYPE_NONE | RecipientRow.FLAG_O | RecipientRow.FLAG_E | RecipientRow.FLAG_D
                | RecipientRow.FLAG_U;
        List<PropertyValue> values = new ArrayList<>(List.of(PropertyValue.of(PidTag.SMTP_ADDRESS, r.emailAddress())));
        if (columns.size() > 1) {
            values.add(PropertyValue.of(PidTag.RECIPIENT_TRACK_STATUS, r.trackStatus()));
        }
        RecipientRow row = new RecipientRow(flags, 0, 0, null, null, null, "SMTP", r.emailAddress(), r.displayName(),
                null, null, new StandardPropertyRow(columns, values));
        return new ModifyRecipientRow(rowId, r.type(), row);
    }
}
