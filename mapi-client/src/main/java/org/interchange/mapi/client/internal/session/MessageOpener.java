package org.interchange.mapi.client.internal.session;

import java.util.List;
import org.interchange.mapi.client.AttachmentInfo;
import org.interchange.mapi.client.MapiMessage;
import org.interchange.mapi.client.internal.rop.BatchResult;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.client.internal.rop.ServerObject;
import org.interchange.mapi.client.internal.rop.ServerTable;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.RopGetAttachmentTableRequest;
import org.interchange.mapi.codec.rop.RopGetAttachmentTableResponse;
import org.interchange.mapi.codec.rop.RopGetPropertiesAllRequest;
import org.interchange.mapi.codec.rop.RopGetPropertiesAllResponse;
import org.interchange.mapi.codec.rop.RopGetPropertiesSpecificRequest;
import org.interchange.mapi.codec.rop.RopGetPropertiesSpecificResponse;
import org.interchange.mapi.codec.rop.RopOpenAttachmentRequest;
import org.interchange.mapi.codec.rop.RopOpenAttachmentResponse;
import org.interchange.mapi.codec.rop.RopOpenEmbeddedMessageRequest;
import org.interchange.mapi.codec.rop.RopOpenEmbeddedMessageResponse;
import org.interchange.mapi.codec.rop.RopOpenMessageRequest;
import org.interchange.mapi.codec.rop.RopOpenMessageResponse;
import org.interchange.mapi.codec.rop.RopQueryRowsResponse;
import org.interchange.mapi.codec.rop.RopSetColumnsRequest;
import org.interchange.mapi.codec.rop.RopSetColumnsResponse;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * Opens a message in one Execute: RopOpenMessage, RopGetPropertiesSpecific (or RopGetPropertiesAll),
 * RopGetAttachmentTable, RopSetColumns and RopQueryRows, [MS-OXCMSG] 2.2.3.1, 2.2.3.17 and
 * (for embedded messages, after RopOpenAttachment and RopOpenEmbeddedMessage) 2.2.3.16, and
 * [MS-OXCPRPT] 2.2.2, 2.2.4. Values above {@link #PROPERTY_SIZE_LIMIT} come back as NotEnoughMemory
 * and are streamed on demand, which keeps the whole batch inside one 32 KB response.
 */
public final class MessageOpener {
    /** PropertySizeLimit of the property ROPs: larger values are read through streams. */
    static final int PROPERTY_SIZE_LIMIT = 0x1000;
    /** CodePageId 0x0FFF: the logon's code page, [MS-OXCMSG] 2.2.3.1.1. */
    static final int LOGON_CODE_PAGE = 0x0FFF;
    /** OpenModeFlags ReadOnly, [MS-OXCMSG] 2.2.3.1.1. */
    static final int READ_ONLY = 0x00;
    /** Attachment TableFlags Unicode, [MS-OXCMSG] 2.2.3.17.1. */
    static final int ATTACHMENT_TABLE_UNICODE = 0x40;
    static final List<PropertyTag> ATTACHMENT_COLUMNS = List.of(PidTag.ATTACH_NUMBER, PidTag.ATTACH_METHOD,
            PidTag.ATTACH_LONG_FILENAME, PidTag.ATTACH_FILENAME, PidTag.ATTACH_MIME_TAG, PidTag.ATTACH_CONTENT_ID,
            PidTag.ATTACH_SIZE);

    private MessageOpener() {
    }

    /** Opens the message; {@code tags} empty means all properties (RopGetPropertiesAll). */
    public static MapiMessage open(SessionContext context, long folderId, long messageId, List<PropertyTag> tags) {
        RopBatch batch = context.executor().newBatch();
        int logon = batch.input(context.logon());
        int messageSlot = batch.output();
        RopBatch.Ticket<RopOpenMessageResponse> open = batch.add(new RopOpenMessageRequest(RopBatch.LOGON_ID, logon,
                messageSlot, LOGON_CODE_PAGE, folderId, READ_ONLY, messageId), RopOpenMessageResponse.class);
        Contents contents = Contents.add(context, batch, messageSlot, tags);
        BatchResult result = context.executor().run(batch);
        Recipients recipients = Recipients.of(result.get(open));
        return contents.finish(context, result, folderId, messageId, recipients);
    }

    /**
     * Opens the embedded message of attachment {@code attachNumber} of an open message read-only,
     * [MS-OXCMSG] 3.1.4.12: RopOpenAttachment, RopOpenEmbeddedMessage and the reads of {@link #open}
     * in one Execute; the attachment is released with the next request.
     */
    static MapiMessage openEmbedded(SessionContext context, ServerObject message, long folderId, int attachNumber) {
        RopBatch batch = context.executor().newBatch();
        int parentSlot = batch.input(message);
        int attachmentSlot = batch.output();
        int messageSlot = batch.output();
        RopBatch.Ticket<RopOpenAttachmentResponse> openAttachment = batch.add(new RopOpenAttachmentRequest(
                RopBatch.LOGON_ID, parentSlot, attachmentSlot, OpenedMessage.ATTACHMENT_READ_ONLY, attachNumber),
                RopOpenAttachmentResponse.class);
        RopBatch.Ticket<RopOpenEmbeddedMessageResponse> open = batch.add(new RopOpenEmbeddedMessageRequest(
                RopBatch.LOGON_ID, attachmentSlot, messageSlot, LOGON_CODE_PAGE, READ_ONLY),
                RopOpenEmbeddedMessageResponse.class);
        Contents contents = Contents.add(context, batch, messageSlot, List.of());
        BatchResult result = context.executor().run(batch);
        result.get(openAttachment);
        ServerObject attachment = result.claim(attachmentSlot);
        try {
            RopOpenEmbeddedMessageResponse opened = result.get(open);
            return contents.finish(context, result, folderId, opened.messageId(), Recipients.of(opened.message()));
        } finally {
            context.executor().releases().add(attachment);
        }
    }

    /**
     * The reads that follow the open in the same batch: RopGetPropertiesSpecific (or
     * RopGetPropertiesAll), RopGetAttachmentTable, RopSetColumns and RopQueryRows.
     */
    private record Contents(int messageSlot, int tableSlot, List<PropertyTag> tags,
                            RopBatch.Ticket<RopGetPropertiesAllResponse> all,
                            RopBatch.Ticket<RopGetPropertiesSpecificResponse> specific,
                            RopBatch.Ticket<RopGetAttachmentTableResponse> getTable,
                            RopBatch.Ticket<RopSetColumnsResponse> setColumns,
                            RopBatch.Ticket<RopQueryRowsResponse> query) {

        static Contents add(SessionContext context, RopBatch batch, int messageSlot, List<PropertyTag> tags) {
            int id = RopBatch.LOGON_ID;
            int tableSlot = batch.output();
            RopBatch.Ticket<RopGetPropertiesAllResponse> all = null;
            RopBatch.Ticket<RopGetPropertiesSpecificResponse> specific = null;
            if (tags.isEmpty()) {
                all = batch.add(new RopGetPropertiesAllRequest(id, messageSlot, PROPERTY_SIZE_LIMIT, 1),
                        RopGetPropertiesAllResponse.class);
            } else {
                specific = batch.add(new RopGetPropertiesSpecificRequest(id, messageSlot, PROPERTY_SIZE_LIMIT, 1,
                        tags), RopGetPropertiesSpecificResponse.class);
            }
            RopBatch.Ticket<RopGetAttachmentTableResponse> getTable = batch.add(new RopGetAttachmentTableRequest(
                    id, messageSlot, tableSlot, ATTACHMENT_TABLE_UNICODE), RopGetAttachmentTableResponse.class);
            RopBatch.Ticket<RopSetColumnsResponse> setColumns = batch.add(
                    new RopSetColumnsRequest(id, tableSlot, 0, ATTACHMENT_COLUMNS), RopSetColumnsResponse.class);
            RopBatch.Ticket<RopQueryRowsResponse> query = TableCursor.queryRows(batch, tableSlot,
                    context.options().pageSize());
            return new Contents(messageSlot, tableSlot, List.copyOf(tags), all, specific, getTable, setColumns,
                    query);
        }

        MapiMessage finish(SessionContext context, BatchResult result, long folderId, long messageId,
                Recipients recipients) {
            List<PropertyValue> values = all != null ? result.get(all).propertyValues()
                    : result.get(specific).rowData().values();
            result.get(getTable);
            result.get(setColumns);
            TableCursor.Page first = TableCursor.Page.of(result.get(query), result);
            ServerObject message = result.claim(messageSlot);
            List<AttachmentInfo> attachments;
            try (TableCursor cursor = new TableCursor(context,
                    new ServerTable(result.claim(tableSlot), ATTACHMENT_COLUMNS), List.of(), first)) {
                attachments = cursor.rest().stream().map(row -> toAttachment(context.bag(row.values()))).toList();
            } catch (RuntimeException e) {
                context.executor().releases().add(message);
                throw e;
            }
            return new OpenedMessage(context, message, folderId, messageId, values, tags.isEmpty(), recipients,
                    attachments);
        }
    }

    static AttachmentInfo toAttachment(PropertyBag row) {
        String longName = row.string(PidTag.ATTACH_LONG_FILENAME);
        String shortName = row.string(PidTag.ATTACH_FILENAME);
        return new AttachmentInfo((int) row.number(PidTag.ATTACH_NUMBER, -1), (int) row.number(PidTag.ATTACH_METHOD, 0),
                longName != null ? longName : shortName != null ? shortName : "",
                orEmpty(row.string(PidTag.ATTACH_MIME_TAG)), orEmpty(row.string(PidTag.ATTACH_CONTENT_ID)),
                row.number(PidTag.ATTACH_SIZE, 0));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
