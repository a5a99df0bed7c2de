package org.interchange.plugin.mapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.PimFields;
import org.interchange.cache.spi.RemoteAttachment;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.mapi.client.write.AttachmentSpec;
import org.interchange.mapi.client.write.MessageSpec;
import org.interchange.mapi.client.write.RecipientSpec;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * The MAPI message of an item made or edited in the cache, for upload: the properties of [MS-OXOMSG] 2.2.1
 * (mail, with its recipients), [MS-OXOCAL] 2.2.1 (start, end, location, all day), [MS-OXOCNTC] 2.2.1
 * (name, e-mail, company, title, phones, addresses, birthday, photo), [MS-OXOTASK] 2.2.2 (status, percent, dates) and [MS-OXONOTE]
 * 2.2.1 (colour), the categories of any item ([MS-OXCMSG] 2.2.1.17, {@link CategoryFields}), read from the cache's
 * fields as {@link ItemFields} documents them, and the attachments. A field that is empty or absent is not written,
 * so what the user cleared is removed; an edit keeps what the cache does not hold ({@link EditMerge}).
 */
public final class ItemProperties {
    /**
     * The named properties an upload writes. The client library resolves names without creating them, so the
     * mailbox must know them already (every mailbox Outlook has used does); an unknown one fails the upload,
     * which stays pending, rather than being dropped.
     */
    public static final List<PidLid> NAMED = Stream.concat(Stream.of(PidLid.APPOINTMENT_START_WHOLE,
            PidLid.APPOINTMENT_END_WHOLE, PidLid.LOCATION, PidLid.APPOINTMENT_SUB_TYPE, PidLid.COMMON_START,
            PidLid.COMMON_END, PidLid.TASK_STATUS, PidLid.PERCENT_COMPLETE, PidLid.TASK_START_DATE,
            PidLid.TASK_DUE_DATE, PidLid.EMAIL1_EMAIL_ADDRESS, PidLid.NOTE_COLOR, PidLid.REMINDER_SET,
            PidLid.REMINDER_DELTA, PidLid.REMINDER_TIME, PidLid.REMINDER_SIGNAL_TIME, PidLid.RESPONSE_STATUS,
            PidLid.TASK_DATE_COMPLETED, PidLid.EMAIL2_EMAIL_ADDRESS, PidLid.EMAIL2_ADDRESS_TYPE,
            PidLid.EMAIL2_DISPLAY_NAME, ContactPimFields.WORK_ADDRESS, ContactPimFields.HOME_ADDRESS,
            PidLid.HAS_PICTURE, PidLid.RECURRING, PidLid.APPOINTMENT_RECUR), SeriesZone.NAMED.stream()).toList();
    private static final Map<ItemKind, String> CLASSES = Map.of(ItemKind.MAIL, "IPM.Note", ItemKind.APPOINTMENT,
            "IPM.Appointment", ItemKind.CONTACT, "IPM.Contact", ItemKind.TASK, "IPM.Task", ItemKind.NOTE,
            "IPM.StickyNote");
    private static final Pattern NAMED_ADDRESS = Pattern.compile("\\s*\"?([^\"<]*?)\"?\\s*<([^>]+)>\\s*");

    private ItemProperties() {
    }

    /**
     * This mailbox's ids of {@link #NAMED}, looked up only, and of PidNameKeywords, created when {@code item} has
     * categories to write (RopGetPropertyIdsFromNames with Create, [MS-OXCPRPT] 2.2.12).
     */
    static NamedPropertyIds ids(MapiSession session, RemoteItem item) {
        session.resolveNamedProperties(NAMED);
        return session.resolveNamedProperties(List.of(), List.of(PidName.KEYWORDS),
                !CategoryFields.of(item.fields()).isEmpty());
    }

    static MessageSpec spec(RemoteItem item, NamedPropertyIds ids) {
        Map<String, String> f = item.fields();
        PropertyBag.Builder b = PropertyBag.builder(ids)
                .set(PidTag.MESSAGE_CLASS, f.getOrDefault(ItemFields.MESSAGE_CLASS, CLASSES.get(item.kind())))
                .set(PidTag.SUBJECT, item.subject())
                .set(PidTag.BODY, item.bodyText())
                .set(PidTag.HTML, item.bodyHtml() == null ? null : item.bodyHtml().getBytes(StandardCharsets.UTF_8));
        CategoryFields.write(f, b);
        List<RecipientSpec> recipients = new ArrayList<>();
        List<AttachmentSpec> attachments = new ArrayList<>();
        switch (item.kind()) {
            case MAIL -> {
                recipients.addAll(recipients(f.get(ItemFields.TO), RecipientSpec.TO));
                recipients.addAll(recipients(f.get(ItemFields.CC), RecipientSpec.CC));
                recipients.addAll(recipients(f.get(ItemFields.BCC), RecipientSpec.BCC));
                MailThreadFields.write(f, b);
            }
            case APPOINTMENT -> {
                b.set(PidLid.APPOINTMENT_START_WHOLE, item.date())
                        .set(PidLid.APPOINTMENT_END_WHOLE, item.endDate())
                        .set(PidLid.COMMON_START, item.date())
                        .set(PidLid.COMMON_END, item.endDate())
                        .set(PidLid.LOCATION, text(f, ItemFields.LOCATION))
                        .set(PidLid.APPOINTMENT_SUB_TYPE, Boolean.parseBoolean(f.get(ItemFields.ALL_DAY)))
                        .set(PidLid.RESPONSE_STATUS, parseInt(text(f, PimFields.RESPONSE_STATUS)));
                ReminderFields.write(f, item.date(), b);
                RecurrenceFields.write(item, ids, b, attachments);
            }
            case CONTACT -> {
                b.set(PidTag.DISPLAY_NAME, item.subject())
                        .set(PidLid.EMAIL1_EMAIL_ADDRESS, text(f, ItemFields.EMAIL))
                        .set(PidTag.COMPANY_NAME, text(f, ItemFields.COMPANY))
                        .set(PidTag.TITLE, text(f, ItemFields.JOB_TITLE))
                        .set(PidTag.BUSINESS_TELEPHONE_NUMBER, text(f, ItemFields.BUSINESS_PHONE))
                        .set(PidTag.MOBILE_TELEPHONE_NUMBER, text(f, ItemFields.MOBILE_PHONE));
                ContactPimFields.write(f, b);
                ContactPhoto.write(f, b).ifPresent(attachments::add);
            }
            case TASK -> {
                b.set(PidLid.TASK_DUE_DATE, item.date())
                        .set(PidLid.TASK_STATUS, parseInt(text(f, ItemFields.TASK_STATUS)))
                        .set(PidLid.PERCENT_COMPLETE, parseDouble(text(f, ItemFields.PERCENT_COMPLETE)))
                        .set(PidLid.TASK_START_DATE, instant(text(f, ItemFields.START_DATE)))
                        .set(PidLid.TASK_DATE_COMPLETED, instant(text(f, PimFields.TASK_COMPLETED)));
                ReminderFields.write(f, item.date(), b);
            }
            case NOTE -> b.set(PidLid.NOTE_COLOR, parseInt(text(f, ItemFields.NOTE_COLOR)));
        }
        for (RemoteAttachment a : item.attachments()) {
            if (item.kind() == ItemKind.CONTACT && ContactPhoto.isPhoto(a)) {
                continue;
            }
            attachments.add(AttachmentSpec.file(a.fileName() == null ? "attachment" : a.fileName(),
                    a.mimeType() == null ? "application/octet-stream" : a.mimeType(), a.content()));
        }
        return MessageSpec.of(b.build().values()).withRecipients(recipients).withAttachments(attachments);
    }

    /** Recipients written one per line as "Name &lt;address&gt;" or a bare address. */
    static List<RecipientSpec> recipients(String lines, int type) {
        List<RecipientSpec> list = new ArrayList<>();
        if (lines == null) {
            return list;
        }
        for (String line : lines.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = NAMED_ADDRESS.matcher(line);
            String name = m.matches() && !m.group(1).isBlank() ? m.group(1).strip() : null;
            String address = m.matches() ? m.group(2).strip() : line.strip();
            list.add(new RecipientSpec(type, name == null ? address : name, address));
        }
        return list;
    }

    private static Integer parseInt(String value) {
        return value == null ? null : Integer.valueOf(value);
    }

    /** The field's value, or null when it is absent or empty (cleared). */
    private static String text(Map<String, String> f, String name) {
        String value = f.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static java.time.Instant instant(String value) {
        return value == null ? null : java.time.Instant.parse(value);
    }

    private static Double parseDouble(String value) {
        return value == null ? null : Double.valueOf(value);
    }
}
