package org.interchange.plugin.mapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.PimFields;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PidTag;

/**
 * What the item mapping owns of a message, in groups: each group is a part of the cached item (the subject, the
 * body, an address...) and the properties that hold it on the server ([MS-OXCMSG] 2.2.1, [MS-OXOMSG] 2.2.1,
 * [MS-OXOCAL] 2.2.1, [MS-OXORMDR] 2.2.1, [MS-OXOCNTC] 2.2.1, [MS-OXOTASK] 2.2.2, [MS-OXONOTE] 2.2.1): those
 * {@link ItemProperties} writes, and those that only restate the same part and would be stale once it changed
 * (the compressed RTF of a body, the street of an address). An edit that changed a group's part writes that group;
 * the others keep the server's values ({@link EditMerge}).
 */
final class MappedGroups {
    /** PidTagRtfInSync, [MS-OXCMSG] 2.2.1.57.4: whether the RTF body matches the others. */
    static final PropertyTag RTF_IN_SYNC = PropertyTag.of(0x0E1F, PropertyType.BOOLEAN);

    /**
     * A part of the item ({@code key} reads it) and the properties that hold it. A part read from a field that no
     * edit form of the cache clears by leaving it out ({@code keptUnlessNamed}, else null) is untouched by an edit
     * that does not name that field (a draft saved from the compose window names no categories).
     */
    record Group(String name, Function<RemoteItem, List<Object>> key, List<PropertyTag> tags, List<PidLid> lids,
                 List<PidName> names, String keptUnlessNamed) {

        Group(String name, Function<RemoteItem, List<Object>> key, List<PropertyTag> tags, List<PidLid> lids,
              List<PidName> names) {
            this(name, key, tags, lids, names, null);
        }

        /** Whether {@code edited} holds another value of this part than {@code server}. */
        boolean changed(RemoteItem edited, RemoteItem server) {
            if (keptUnlessNamed != null && !edited.fields().containsKey(keptUnlessNamed)) {
                return false;
            }
            return !key.apply(edited).equals(key.apply(server));
        }

        /** The property ids of this group in the mailbox of {@code ids}; names it does not know have none. */
        Set<Integer> ids(NamedPropertyIds ids) {
            Set<Integer> out = new HashSet<>();
            tags.forEach(t -> out.add(t.id()));
            lids.forEach(l -> ids.tagOf(l).ifPresent(t -> out.add(t.id())));
            names.forEach(n -> ids.tagOf(n).ifPresent(t -> out.add(t.id())));
            return out;
        }
    }

    private MappedGroups() {
    }

    /** The groups of an item of {@code kind}. */
    static List<Group> of(ItemKind kind) {
        List<Group> groups = new ArrayList<>(List.of(
                tags("message class", field(ItemFields.MESSAGE_CLASS), PidTag.MESSAGE_CLASS),
                subject(kind),
                tags("body", i -> list(i.bodyText(), i.bodyHtml()), PidTag.BODY, PidTag.HTML, PidTag.RTF_COMPRESSED,
                        RTF_IN_SYNC),
                new Group("categories", i -> List.copyOf(CategoryFields.of(i.fields())), List.of(), List.of(),
                        List.of(PidName.KEYWORDS), CategoryFields.CATEGORIES)));
        switch (kind) {
            case MAIL -> groups.addAll(List.of(
                    new Group("message id", field(ItemFields.MESSAGE_ID), List.of(PidTag.INTERNET_MESSAGE_ID),
                            List.of(), List.of(), ItemFields.MESSAGE_ID),
                    tags("in reply to", field(ItemFields.IN_REPLY_TO), PidTag.IN_REPLY_TO_ID),
                    tags("references", field(ItemFields.REFERENCES), PidTag.INTERNET_REFERENCES),
                    tags("conversation topic", field(ItemFields.CONVERSATION_TOPIC), PidTag.CONVERSATION_TOPIC)));
            case APPOINTMENT -> groups.addAll(List.of(
                    lids("times", i -> list(i.date(), i.endDate()), PidLid.APPOINTMENT_START_WHOLE,
                            PidLid.APPOINTMENT_END_WHOLE, PidLid.COMMON_START, PidLid.COMMON_END,
                            PidLid.APPOINTMENT_DURATION),
                    lids("location", field(ItemFields.LOCATION), PidLid.LOCATION),
                    lids("all day", field(ItemFields.ALL_DAY), PidLid.APPOINTMENT_SUB_TYPE),
                    lids("response", field(PimFields.RESPONSE_STATUS), PidLid.RESPONSE_STATUS),
                    reminder(),
                    new Group("series", MappedGroups::series, List.of(), Stream.concat(Stream.of(PidLid.RECURRING,
                            PidLid.APPOINTMENT_RECUR, PidLid.RECURRENCE_PATTERN, PidLid.RECURRENCE_TYPE,
                            PidLid.CLIP_START, PidLid.CLIP_END), SeriesZone.NAMED.stream()).toList(), List.of())));
            case CONTACT -> groups.addAll(List.of(
                    lids("e-mail", field(ItemFields.EMAIL), PidLid.EMAIL1_EMAIL_ADDRESS, PidLid.EMAIL1_DISPLAY_NAME,
                            PidLid.EMAIL1_ADDRESS_TYPE, PidLid.EMAIL1_ORIGINAL_DISPLAY_NAME),
                    lids("second e-mail", field(PimFields.EMAIL2), PidLid.EMAIL2_EMAIL_ADDRESS,
                            PidLid.EMAIL2_DISPLAY_NAME, PidLid.EMAIL2_ADDRESS_TYPE),
                    tags("company", field(ItemFields.COMPANY), PidTag.COMPANY_NAME),
                    tags("job title", field(ItemFields.JOB_TITLE), PidTag.TITLE),
                    tags("business phone", field(ItemFields.BUSINESS_PHONE), PidTag.BUSINESS_TELEPHONE_NUMBER),
                    tags("mobile phone", field(ItemFields.MOBILE_PHONE), PidTag.MOBILE_TELEPHONE_NUMBER),
                    tags("given name", field(PimFields.GIVEN_NAME), PidTag.GIVEN_NAME),
                    tags("surname", field(PimFields.SURNAME), PidTag.SURNAME),
                    tags("home phone", field(PimFields.HOME_PHONE), PidTag.HOME_TELEPHONE_NUMBER),
                    lids("business address", field(PimFields.BUSINESS_ADDRESS), ContactPimFields.WORK_ADDRESS,
                            PidLid.WORK_ADDRESS_STREET, PidLid.WORK_ADDRESS_CITY, PidLid.WORK_ADDRESS_STATE,
                            PidLid.WORK_ADDRESS_POSTAL_CODE, PidLid.WORK_ADDRESS_COUNTRY,
                            PidLid.WORK_ADDRESS_POST_OFFICE_BOX),
                    new Group("home address", field(PimFields.HOME_ADDRESS), List.of(PidTag.HOME_ADDRESS_STREET,
                            PidTag.HOME_ADDRESS_CITY, PidTag.HOME_ADDRESS_STATE_OR_PROVINCE,
                            PidTag.HOME_ADDRESS_POSTAL_CODE, PidTag.HOME_ADDRESS_COUNTRY,
                            PidTag.HOME_ADDRESS_POST_OFFICE_BOX), List.of(ContactPimFields.HOME_ADDRESS), List.of()),
                    tags("birthday", field(PimFields.BIRTHDAY), PidTag.BIRTHDAY),
                    // "" removes the photo, so it differs from none (the server's, read without its attachments)
                    lids("photo", i -> Arrays.asList(i.fields().get(PimFields.PHOTO)), PidLid.HAS_PICTURE)));
            case TASK -> groups.addAll(List.of(
                    lids("due date", i -> list(i.date()), PidLid.TASK_DUE_DATE),
                    lids("status", field(ItemFields.TASK_STATUS), PidLid.TASK_STATUS, PidLid.TASK_COMPLETE),
                    lids("percent complete", field(ItemFields.PERCENT_COMPLETE), PidLid.PERCENT_COMPLETE),
                    lids("start date", field(ItemFields.START_DATE), PidLid.TASK_START_DATE),
                    lids("date completed", field(PimFields.TASK_COMPLETED), PidLid.TASK_DATE_COMPLETED),
                    reminder()));
            case NOTE -> groups.add(lids("colour", field(ItemFields.NOTE_COLOR), PidLid.NOTE_COLOR));
        }
        return groups;
    }

    /** The subject; a contact's is its name, also its display name and the name it is filed under. */
    private static Group subject(ItemKind kind) {
        return kind == ItemKind.CONTACT
                ? new Group("subject", i -> list(i.subject()), List.of(PidTag.SUBJECT, PidTag.SUBJECT_PREFIX,
                        PidTag.DISPLAY_NAME), List.of(PidLid.FILE_UNDER), List.of())
                : tags("subject", i -> list(i.subject()), PidTag.SUBJECT, PidTag.SUBJECT_PREFIX);
    }

    /** The reminder; the item's date counts only when there is one (its due time follows the date). */
    private static Group reminder() {
        return lids("reminder", i -> {
            String minutes = text(i.fields().get(PimFields.REMINDER_MINUTES));
            String next = text(i.fields().get(PimFields.REMINDER_NEXT));
            return minutes == null ? list(null, next) : list(minutes, next, i.date());
        }, PidLid.REMINDER_SET, PidLid.REMINDER_DELTA, PidLid.REMINDER_TIME, PidLid.REMINDER_SIGNAL_TIME);
    }

    /** The series; the first occurrence's times count only for a series (its blob counts from them). */
    private static List<Object> series(RemoteItem i) {
        String rule = text(i.fields().get(PimFields.RECURRENCE_RULE));
        List<Object> key = list(rule, text(i.fields().get(PimFields.DELETED_OCCURRENCES)),
                text(i.fields().get(PimFields.MODIFIED_OCCURRENCES)), text(i.fields().get(PimFields.TIME_ZONE)));
        if (rule != null) {
            key.addAll(list(i.date(), i.endDate()));
        }
        return key;
    }

    private static Group tags(String name, Function<RemoteItem, List<Object>> key, PropertyTag... tags) {
        return new Group(name, key, List.of(tags), List.of(), List.of());
    }

    private static Group lids(String name, Function<RemoteItem, List<Object>> key, PidLid... lids) {
        return new Group(name, key, List.of(), List.of(lids), List.of());
    }

    private static Function<RemoteItem, List<Object>> field(String name) {
        return i -> list(text(i.fields().get(name)));
    }

    /** The values, a blank string read as none (the cache's "cleared"). */
    private static List<Object> list(Object... values) {
        return new ArrayList<>(Arrays.stream(values).map(v -> v instanceof String s ? text(s) : v).toList());
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
