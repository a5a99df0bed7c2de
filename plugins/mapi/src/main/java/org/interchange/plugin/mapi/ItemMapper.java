package org.interchange.plugin.mapi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.PimFields;
import org.interchange.cache.spi.RemoteAttachment;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.model.Appointment;
import org.interchange.mapi.objects.model.Contact;
import org.interchange.mapi.objects.model.MailMessage;
import org.interchange.mapi.objects.model.StickyNote;
import org.interchange.mapi.objects.model.TaskItem;
import org.interchange.mapi.objects.ical.ICalFormatException;
import org.interchange.mapi.objects.ical.ItemZone;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrencePattern;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrenceReader;
import org.interchange.mapi.objects.recurrence.RecurrenceDescription;

/** Turns a MAPI message (its property bag, bodies and attachments) into the cache's item row. */
final class ItemMapper {
    /**
     * "true" on mail the server says has attachments ([MS-OXCMSG] 2.2.1.2 PidTagHasAttachments, 2.2.1.6
     * PidTagMessageFlags mfHasAttach), also when they were not downloaded (headers only), so the list shows a
     * paperclip before the message is opened.
     */
    static final String HAS_ATTACHMENTS = ItemFields.HAS_ATTACHMENTS;
    private static final int PREVIEW_LENGTH = 200;

    private ItemMapper() {
    }

    /** The parts of one message read from the server. */
    record MessageContent(String serverId, String revision, PropertyBag properties, String body, String html,
                          List<RemoteAttachment> attachments) {
    }

    static RemoteItem map(FolderKind folderKind, MessageContent m) {
        return switch (folderKind) {
            case MAIL -> mail(m);
            case CALENDAR -> appointment(m);
            case CONTACTS -> contact(m);
            case TASKS -> task(m);
            case NOTES -> note(m);
        };
    }

    /** The message as an item of {@code kind}. */
    static RemoteItem map(ItemKind kind, MessageContent m) {
        return switch (kind) {
            case MAIL -> mail(m);
            case APPOINTMENT -> appointment(m);
            case CONTACT -> contact(m);
            case TASK -> task(m);
            case NOTE -> note(m);
        };
    }

    /** {@code item} marked as synced without its body and attachments ({@link ItemFields#BODY_NOT_DOWNLOADED}). */
    static RemoteItem headersOnly(RemoteItem item) {
        Map<String, String> fields = new LinkedHashMap<>(item.fields());
        fields.put(ItemFields.BODY_NOT_DOWNLOADED, "true");
        return new RemoteItem(item.serverId(), item.revision(), item.kind(), item.subject(), item.sender(),
                item.recipients(), item.date(), item.endDate(), item.size(), item.read(), item.flagged(),
                item.bodyText(), item.bodyHtml(), fields, item.attachments(), item.payload());
    }

    private static RemoteItem mail(MessageContent m) {
        MailMessage mail = MailMessage.from(m.properties());
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, ItemFields.MESSAGE_CLASS, mail.messageClass());
        MeetingFields.readRequest(mail.messageClass(), m.properties(), fields);
        MailThreadFields.read(m.properties(), fields);
        CategoryFields.read(m.properties(), fields);
        if (mail.hasAttachments()) {
            fields.put(HAS_ATTACHMENTS, "true");
        }
        if (m.properties().time(PidTag.MESSAGE_DELIVERY_TIME) == null) {
            fields.put(ItemFields.NOT_DELIVERED, "true");
        }
        String recipients = join(mail.displayTo(), mail.displayCc());
        long size = mail.size() > 0 ? mail.size() : approximateSize(m);
        return new RemoteItem(m.serverId(), m.revision(), ItemKind.MAIL, mail.subject(), mail.sender(), recipients,
                mail.received(), null, size, mail.read(), mail.flagged(), m.body(), m.html(), fields,
                m.attachments(), null);
    }

    private static RemoteItem appointment(MessageContent m) {
        Appointment a = Appointment.from(m.properties());
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, ItemFields.LOCATION, a.location());
        put(fields, ItemFields.ORGANIZER, a.organizer());
        put(fields, ItemFields.ALL_DAY, Boolean.toString(a.allDay()));
        if (a.recurring()) {
            put(fields, ItemFields.RECURRENCE, recurrence(m.properties(), a, fields));
        }
        ReminderFields.read(m.properties(), a.start(), fields);
        if (m.properties().has(PidLid.RESPONSE_STATUS)) {
            put(fields, PimFields.RESPONSE_STATUS, Long.toString(m.properties().number(PidLid.RESPONSE_STATUS, 0)));
        }
        MeetingFields.readUid(m.properties(), fields);
        CategoryFields.read(m.properties(), fields);
        return new RemoteItem(m.serverId(), m.revision(), ItemKind.APPOINTMENT, a.subject(), a.organizer(), null,
                a.start(), a.end(), approximateSize(m), true, false, m.body(), m.html(), fields, m.attachments(), null);
    }

    private static RemoteItem contact(MessageContent m) {
        Contact c = Contact.from(m.properties());
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, ItemFields.EMAIL, c.email());
        put(fields, ItemFields.COMPANY, c.company());
        put(fields, ItemFields.JOB_TITLE, c.jobTitle());
        put(fields, ItemFields.BUSINESS_PHONE, c.businessPhone());
        put(fields, ItemFields.MOBILE_PHONE, c.mobilePhone());
        ContactPimFields.read(m.properties(), fields);
        ContactPhoto.read(m.attachments(), fields);
        CategoryFields.read(m.properties(), fields);
        List<RemoteAttachment> files = m.attachments().stream().filter(a -> !ContactPhoto.isPhoto(a)).toList();
        return new RemoteItem(m.serverId(), m.revision(), ItemKind.CONTACT, c.listName(), c.email(), null,
                c.lastModified(), null, approximateSize(m), true, false, m.body(), null, fields, files, null);
    }

    private static RemoteItem task(MessageContent m) {
        TaskItem t = TaskItem.from(m.properties());
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, ItemFields.TASK_STATUS, Integer.toString(t.status().ordinal()));
        put(fields, ItemFields.PERCENT_COMPLETE, Double.toString(t.percentComplete()));
        put(fields, ItemFields.START_DATE, t.startDate() == null ? null : t.startDate().toString());
        ReminderFields.read(m.properties(), t.dueDate(), fields);
        Instant completed = m.properties().time(PidLid.TASK_DATE_COMPLETED);
        put(fields, PimFields.TASK_COMPLETED, completed == null ? null : completed.toString());
        CategoryFields.read(m.properties(), fields);
        return new RemoteItem(m.serverId(), m.revision(), ItemKind.TASK, t.subject(), null, null, t.dueDate(), null,
                approximateSize(m), true, false, m.body(), null, fields, m.attachments(), null);
    }

    private static RemoteItem note(MessageContent m) {
        StickyNote n = StickyNote.from(m.properties());
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, ItemFields.NOTE_COLOR, Integer.toString(n.color().ordinal()));
        CategoryFields.read(m.properties(), fields);
        String subject = n.subject() != null && !n.subject().isBlank() ? n.subject() : firstLine(m.body());
        Instant modified = n.lastModified();
        return new RemoteItem(m.serverId(), m.revision(), ItemKind.NOTE, subject, null, null, modified, null,
                approximateSize(m), true, false, m.body(), null, fields, m.attachments(), null);
    }

    /** The series described from its recurrence blob ([MS-OXOCAL] 2.2.1.44), else the server's own text. */
    private static String recurrence(PropertyBag properties, Appointment a, Map<String, String> fields) {
        try {
            Optional<AppointmentRecurrencePattern> series = AppointmentRecurrenceReader.read(properties);
            if (series.isPresent()) {
                readRule(series.get(), SeriesZone.read(properties, a.start()), fields);
                return RecurrenceDescription.describe(series.get());
            }
        } catch (MapiCodecException malformed) {
            // a blob we cannot read still leaves the series marked as recurring
        }
        return a.recurrenceDescription() != null ? a.recurrenceDescription() : "Recurring";
    }

    /** The rule too, unless the series has no RRULE form (a Hijri calendar, say): then only the description. */
    private static void readRule(AppointmentRecurrencePattern series, ItemZone zone, Map<String, String> fields) {
        try {
            RecurrenceFields.read(series, zone, fields);
        } catch (ICalFormatException noRule) {
            fields.remove(PimFields.RECURRENCE_RULE);
        }
    }

    private static long approximateSize(MessageContent m) {
        long size = m.properties().number(PidTag.MESSAGE_SIZE, 0);
        if (size > 0) {
            return size;
        }
        size = m.body() == null ? 0 : m.body().getBytes(StandardCharsets.UTF_8).length;
        size += m.html() == null ? 0 : m.html().length();
        for (RemoteAttachment a : m.attachments()) {
            size += a.content().length;
        }
        return size;
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value);
        }
    }

    private static String join(String to, String cc) {
        if (cc == null || cc.isBlank()) {
            return to;
        }
        return to == null || to.isBlank() ? cc : to + "; " + cc;
    }

    private static String firstLine(String body) {
        if (body == null) {
            return null;
        }
        String line = body.strip().lines().findFirst().orElse("");
        return line.length() > PREVIEW_LENGTH ? line.substring(0, PREVIEW_LENGTH) : line;
    }
}
