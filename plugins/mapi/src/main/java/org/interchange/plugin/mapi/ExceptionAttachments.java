package org.interchange.plugin.mapi;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.OccurrenceChange;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.client.write.AttachmentSpec;
import org.interchange.mapi.client.write.MessageSpec;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.recurrence.ExceptionInfo;

/**
 * The Exception Attachment object of a changed occurrence ([MS-OXOCAL] 2.2.10.1: hidden, afException, the
 * replaced and new times) holding its Exception Embedded Message object (2.2.10.2: the occurrence's subject,
 * location, start and end), for upload with the series.
 */
final class ExceptionAttachments {
    /** PidTagMessageClass of an Exception Embedded Message object, [MS-OXOCAL] 2.2.10.2. */
    static final String EXCEPTION_CLASS = "IPM.OLE.CLASS.{00061055-0000-0000-C000-000000000046}";
    /** PidTagAttachmentFlags ([MS-OXOCAL] 2.2.10.1.2), not PidTagAttachFlags. */
    static final PropertyTag ATTACHMENT_FLAGS = PropertyTag.of(0x7FFD, PropertyType.INTEGER32);
    /** PidTagAttachmentFlags afException. */
    static final int AF_EXCEPTION = 0x00000002;
    /** PidTagRenderingPosition of a hidden attachment, [MS-OXOCAL] 2.2.10.1. */
    static final int NOT_RENDERED = 0xFFFFFFFF;

    private ExceptionAttachments() {
    }

    static AttachmentSpec of(RemoteItem series, OccurrenceChange change, ExceptionInfo e, NamedPropertyIds ids) {
        String subject = e.subject() != null ? e.subject() : series.subject();
        String location = e.location() != null ? e.location() : series.fields().get(ItemFields.LOCATION);
        PropertyBag message = PropertyBag.builder(ids)
                .set(PidTag.MESSAGE_CLASS, EXCEPTION_CLASS)
                .set(PidTag.SUBJECT, subject)
                .set(PidLid.LOCATION, location == null || location.isBlank() ? null : location)
                .set(PidLid.APPOINTMENT_START_WHOLE, change.start())
                .set(PidLid.APPOINTMENT_END_WHOLE, change.end())
                .build();
        PropertyBag attachment = PropertyBag.builder(ids)
                .set(PidTag.ATTACHMENT_HIDDEN, true)
                .set(ATTACHMENT_FLAGS, AF_EXCEPTION)
                .set(PidTag.RENDERING_POSITION, NOT_RENDERED)
                .set(PidTag.EXCEPTION_REPLACE_TIME, change.originalStart())
                .set(PidTag.EXCEPTION_START_TIME, localAsUtc(e.start()))
                .set(PidTag.EXCEPTION_END_TIME, localAsUtc(e.end()))
                .build();
        AttachmentSpec embedded = AttachmentSpec.embedded(subject == null ? "Untitled" : subject,
                MessageSpec.of(message.values()));
        return new AttachmentSpec(embedded.fileName(), embedded.mimeType(), new byte[0], attachment.values(),
                embedded.embeddedMessage());
    }

    /** PidTagExceptionStartTime and ...EndTime hold the series zone's local time as if it were UTC (2.2.10.1.4). */
    private static Instant localAsUtc(LocalDateTime local) {
        return local.toInstant(ZoneOffset.UTC);
    }
}
