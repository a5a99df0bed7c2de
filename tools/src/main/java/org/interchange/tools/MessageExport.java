package org.interchange.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interchange.mapi.client.AttachmentInfo;
import org.interchange.mapi.client.MapiRecipient;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.mime.MapiMessage;
import org.interchange.mapi.objects.mime.MimeMessageWriter;

/**
 * Turns a message read through the client library into the object model of mapi-objects
 * ([MS-OXCMSG] 2.2.1 with its recipient and attachment tables), for MIME, iCalendar and vCard export.
 */
final class MessageExport {
    private MessageExport() {
    }

    static byte[] toEml(org.interchange.mapi.client.MapiMessage message) {
        return MimeMessageWriter.toEml(toObject(message));
    }

    /** Properties (named ones readable with the ids the session resolved), recipients and by-value attachments. */
    static MapiMessage toObject(org.interchange.mapi.client.MapiMessage message) {
        PropertyBag read = message.properties();
        List<PropertyValue> properties = new ArrayList<>(read.values());
        message.body().ifPresent(body -> properties.add(PropertyValue.of(PidTag.BODY, body)));
        message.html().ifPresent(html -> properties.add(PropertyValue.of(PidTag.HTML, html)));
        List<PropertyBag> recipients = new ArrayList<>();
        for (MapiRecipient r : message.recipients()) {
            List<PropertyValue> row = new ArrayList<>();
            row.add(PropertyValue.of(PidTag.RECIPIENT_TYPE, r.type()));
            addIfPresent(row, PidTag.DISPLAY_NAME, r.displayName());
            addIfPresent(row, PidTag.ADDRESS_TYPE, r.addressType());
            addIfPresent(row, PidTag.EMAIL_ADDRESS, r.address());
            if ("SMTP".equalsIgnoreCase(r.addressType())) {
                addIfPresent(row, PidTag.SMTP_ADDRESS, r.address());
            }
            recipients.add(PropertyBag.of(row));
        }
        List<PropertyBag> attachments = new ArrayList<>();
        for (AttachmentInfo a : message.attachments()) {
            if (a.method() != AttachmentInfo.METHOD_BY_VALUE) {
                continue;
            }
            List<PropertyValue> row = new ArrayList<>();
            row.add(PropertyValue.of(PidTag.ATTACH_NUMBER, a.attachNumber()));
            row.add(PropertyValue.of(PidTag.ATTACH_METHOD, a.method()));
            addIfPresent(row, PidTag.ATTACH_LONG_FILENAME, a.fileName());
            addIfPresent(row, PidTag.ATTACH_MIME_TAG, a.mimeType());
            addIfPresent(row, PidTag.ATTACH_CONTENT_ID, a.contentId());
            if (a.fileName().toLowerCase(Locale.ROOT).startsWith("contactpicture.")) {
                row.add(PropertyValue.of(PidTag.ATTACHMENT_CONTACT_PHOTO, true));
            }
            row.add(PropertyValue.of(PidTag.ATTACH_DATA_BINARY, message.attachmentData(a.attachNumber())));
            attachments.add(PropertyBag.of(row));
        }
        return new MapiMessage(PropertyBag.of(properties, read.namedIds()), recipients, attachments);
    }

    private static void addIfPresent(List<PropertyValue> row, org.interchange.mapi.codec.property.PropertyTag tag,
                                     String value) {
        if (value != null && !value.isEmpty()) {
            row.add(PropertyValue.of(tag, value));
        }
    }
}
