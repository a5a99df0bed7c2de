package org.interchange.plugin.mapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.OccurrenceChange;
import org.interchange.cache.api.PimFields;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.mapi.client.write.MessageSpec;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrenceReader;
import org.junit.jupiter.api.Test;

class PimFieldsRoundTripTest {
    private static final NamedPropertyIds IDS = ids();
    private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");
    private static final Instant END = Instant.parse("2027-03-01T10:00:00Z");

    private static NamedPropertyIds ids() {
        List<PidLid> lids = new ArrayList<>(ItemProperties.NAMED);
        lids.addAll(List.of(PidLid.RECURRING, PidLid.APPOINTMENT_RECUR, PidLid.GLOBAL_OBJECT_ID,
                PidLid.CLEAN_GLOBAL_OBJECT_ID, PidLid.APPOINTMENT_SEQUENCE));
        return NamedPropertyIds.sequential(lids, List.of());
    }

    private static RemoteItem item(ItemKind kind, Instant date, Instant end, Map<String, String> fields) {
        return new RemoteItem(null, null, kind, "Subject", null, null, date, end, 0, true, false, "body", null,
                fields, List.of(), null);
    }

    private static PropertyBag upload(RemoteItem item) {
        MessageSpec spec = ItemProperties.spec(item, IDS);
        return PropertyBag.of(spec.properties(), IDS);
    }

    private static Map<String, String> roundTrip(FolderKind folder, RemoteItem item) {
        PropertyBag bag = upload(item);
        return ItemMapper.map(folder, new ItemMapper.MessageContent("s1", "r1", bag, "body", null, List.of()))
                .fields();
    }

    @Test
    void appointmentReminderAndResponseSurviveTheRoundTrip() {
        Map<String, String> f = Map.of(PimFields.REMINDER_MINUTES, "15", PimFields.RESPONSE_STATUS, "3");
        PropertyBag bag = upload(item(ItemKind.APPOINTMENT, START, END, f));
        assertThat(bag.flag(PidLid.REMINDER_SET)).isTrue();
        assertThat(bag.number(PidLid.REMINDER_DELTA, -1)).isEqualTo(15);
        assertThat(bag.time(PidLid.REMINDER_SIGNAL_TIME)).isEqualTo(Instant.parse("2027-03-01T08:45:00Z"));
        assertThat(bag.time(PidLid.REMINDER_TIME)).isEqualTo(START);
        assertThat(bag.number(PidLid.RESPONSE_STATUS, -1)).isEqualTo(3);

        Map<String, String> back = roundTrip(FolderKind.CALENDAR, item(ItemKind.APPOINTMENT, START, END, f));
        assertThat(back).containsEntry(PimFields.REMINDER_MINUTES, "15")
                .containsEntry(PimFields.RESPONSE_STATUS, "3")
                .doesNotContainKey(PimFields.REMINDER_NEXT);
    }

    @Test
    void snoozedAndDismissedRemindersKeepTheirNextTime() {
        Map<String, String> snoozed = Map.of(PimFields.REMINDER_MINUTES, "10",
                PimFields.REMINDER_NEXT, "2027-03-01T08:55:00Z");
        assertThat(roundTrip(FolderKind.CALENDAR, item(ItemKind.APPOINTMENT, START, END, snoozed)))
                .containsEntry(PimFields.REMINDER_NEXT, "2027-03-01T08:55:00Z");

        Map<String, String> dismissed = Map.of(PimFields.REMINDER_MINUTES, "10", PimFields.REMINDER_NEXT, "dismissed");
        PropertyBag bag = upload(item(ItemKind.APPOINTMENT, START, END, dismissed));
        assertThat(bag.time(PidLid.REMINDER_SIGNAL_TIME)).isEqualTo(ReminderFields.NEVER);
        assertThat(roundTrip(FolderKind.CALENDAR, item(ItemKind.APPOINTMENT, START, END, dismissed)))
                .containsEntry(PimFields.REMINDER_NEXT, "dismissed");
    }

    @Test
    void clearedReminderIsWrittenOffAndReadAsAbsent() {
        Map<String, String> f = Map.of(PimFields.REMINDER_MINUTES, "");
        PropertyBag bag = upload(item(ItemKind.APPOINTMENT, START, END, f));
        assertThat(bag.has(PidLid.REMINDER_SET)).isTrue();
        assertThat(bag.flag(PidLid.REMINDER_SET)).isFalse();
        assertThat(roundTrip(FolderKind.CALENDAR, item(ItemKind.APPOINTMENT, START, END, f)))
                .doesNotContainKeys(PimFields.REMINDER_MINUTES, PimFields.REMINDER_NEXT);
    }

    @Test
    void taskCompletionAndReminderSurviveTheRoundTrip() {
        Map<String, String> f = new HashMap<>(Map.of(PimFields.TASK_COMPLETED, "2027-02-28T17:30:00Z",
                PimFields.REMINDER_MINUTES, "60", ItemFields.TASK_STATUS, "2"));
        Map<String, String> back = roundTrip(FolderKind.TASKS, item(ItemKind.TASK, START, null, f));
        assertThat(back).containsEntry(PimFields.TASK_COMPLETED, "2027-02-28T17:30:00Z")
                .containsEntry(PimFields.REMINDER_MINUTES, "60");

        f.put(PimFields.TASK_COMPLETED, "");
        assertThat(roundTrip(FolderKind.TASKS, item(ItemKind.TASK, START, null, f)))
                .doesNotContainKey(PimFields.TASK_COMPLETED);
    }

    @Test
    void contactFieldsSurviveTheRoundTrip() {
        Map<String, String> f = Map.of(PimFields.GIVEN_NAME, "Ada", PimFields.SURNAME, "Lovelace",
                PimFields.EMAIL2, "ada@home.example", PimFields.HOME_PHONE, "+44 20 7946 0000",
                PimFields.BUSINESS_ADDRESS, "1 Engine Lane\nLondon", PimFields.HOME_ADDRESS, "12 St James's Sq\nLondon",
                PimFields.BIRTHDAY, "1815-12-10", ItemFields.EMAIL, "ada@work.example");
        Map<String, String> back = roundTrip(FolderKind.CONTACTS, item(ItemKind.CONTACT, null, null, f));
        assertThat(back).containsAllEntriesOf(f);
    }

    @Test
    void clearedContactFieldsAreNotWritten() {
        Map<String, String> f = Map.of(PimFields.GIVEN_NAME, "", PimFields.BIRTHDAY, "", PimFields.EMAIL2, "");
        assertThat(roundTrip(FolderKind.CONTACTS, item(ItemKind.CONTACT, null, null, f)))
                .doesNotContainKeys(PimFields.GIVEN_NAME, PimFields.BIRTHDAY, PimFields.EMAIL2);
    }

    @Test
    void addressIsComposedFromItsPartsWhenTheFullTextIsMissing() {
        PropertyBag bag = PropertyBag.builder(IDS).set(org.interchange.mapi.objects.PidTag.MESSAGE_CLASS, "IPM.Contact")
                .set(org.interchange.mapi.objects.PidTag.HOME_ADDRESS_STREET, "12 Main St")
                .set(org.interchange.mapi.objects.PidTag.HOME_ADDRESS_POSTAL_CODE, "10115")
                .set(org.interchange.mapi.objects.PidTag.HOME_ADDRESS_CITY, "Berlin")
                .set(org.interchange.mapi.objects.PidTag.HOME_ADDRESS_COUNTRY, "Germany").build();
        Map<String, String> back = ItemMapper.map(FolderKind.CONTACTS,
                new ItemMapper.MessageContent("s", "r", bag, null, null, List.of())).fields();
        assertThat(back).containsEntry(PimFields.HOME_ADDRESS, "12 Main St\n10115 Berlin\nGermany");
    }

    @Test
    void meetingRequestCarriesUidTimesAndSequence() {
        PropertyBag bag = PropertyBag.builder(IDS)
                .set(org.interchange.mapi.objects.PidTag.MESSAGE_CLASS, "IPM.Schedule.Meeting.Request")
                .set(PidLid.GLOBAL_OBJECT_ID, new byte[] {0x04, 0x00, (byte) 0x82, 0x00, (byte) 0xE0})
                .set(PidLid.CLEAN_GLOBAL_OBJECT_ID, new byte[] {0x04, 0x00, (byte) 0x82, 0x00, (byte) 0xE1})
                .set(PidLid.APPOINTMENT_START_WHOLE, START).set(PidLid.APPOINTMENT_END_WHOLE, END)
                .set(PidLid.APPOINTMENT_SEQUENCE, 2).build();
        Map<String, String> back = ItemMapper.map(FolderKind.MAIL,
                new ItemMapper.MessageContent("s", "r", bag, null, null, List.of())).fields();
        assertThat(back).containsEntry(PimFields.MEETING_UID, "04008200E1")
                .containsEntry(PimFields.MEETING_START, START.toString())
                .containsEntry(PimFields.MEETING_END, END.toString())
                .containsEntry(PimFields.MEETING_SEQUENCE, "2");

        PropertyBag plain = PropertyBag.builder(IDS).set(org.interchange.mapi.objects.PidTag.MESSAGE_CLASS, "IPM.Note")
                .set(PidLid.GLOBAL_OBJECT_ID, new byte[] {1}).build();
        assertThat(ItemMapper.map(FolderKind.MAIL, new ItemMapper.MessageContent("s", "r", plain, null, null,
                List.of())).fields()).doesNotContainKey(PimFields.MEETING_UID);
    }

    @Test
    void appointmentCarriesItsMeetingUid() {
        PropertyBag bag = PropertyBag.builder(IDS)
                .set(org.interchange.mapi.objects.PidTag.MESSAGE_CLASS, "IPM.Appointment")
                .set(PidLid.APPOINTMENT_START_WHOLE, START).set(PidLid.APPOINTMENT_END_WHOLE, END)
                .set(PidLid.GLOBAL_OBJECT_ID, new byte[] {0x0A, 0x0B}).build();
        assertThat(ItemMapper.map(FolderKind.CALENDAR, new ItemMapper.MessageContent("s", "r", bag, null, null,
                List.of())).fields()).containsEntry(PimFields.MEETING_UID, "0A0B");
    }

    @Test
    void photoIsUploadedAsTheContactPictureAttachmentAndReadBack() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
        String base64 = java.util.Base64.getEncoder().encodeToString(jpeg);
        RemoteItem contact = item(ItemKind.CONTACT, null, null, Map.of(PimFields.PHOTO, base64));
        MessageSpec spec = ItemProperties.spec(contact, IDS);
        assertThat(spec.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo(ContactPhoto.FILE_NAME);
            assertThat(a.mimeType()).isEqualTo("image/jpeg");
            assertThat(a.data()).isEqualTo(jpeg);
            assertThat(PropertyBag.of(a.properties()).flag(org.interchange.mapi.objects.PidTag.ATTACHMENT_CONTACT_PHOTO))
                    .isTrue();
        });
        PropertyBag bag = PropertyBag.of(spec.properties(), IDS);
        assertThat(bag.flag(PidLid.HAS_PICTURE)).isTrue();

        List<org.interchange.cache.spi.RemoteAttachment> downloaded = List.of(
                new org.interchange.cache.spi.RemoteAttachment(ContactPhoto.FILE_NAME, "image/jpeg", null, jpeg),
                new org.interchange.cache.spi.RemoteAttachment("cv.pdf", "application/pdf", null, new byte[] {9}));
        RemoteItem back = ItemMapper.map(FolderKind.CONTACTS,
                new ItemMapper.MessageContent("s", "r", bag, null, null, downloaded));
        assertThat(back.fields()).containsEntry(PimFields.PHOTO, base64);
        assertThat(back.attachments()).extracting(org.interchange.cache.spi.RemoteAttachment::fileName)
                .containsExactly("cv.pdf");
    }

    @Test
    void clearedPhotoMarksTheContactWithoutPictureAndDropsTheOldAttachment() {
        RemoteItem contact = new RemoteItem(null, null, ItemKind.CONTACT, "A", null, null, null, null, 0, true, false,
                null, null, Map.of(PimFields.PHOTO, ""), List.of(new org.interchange.cache.spi.RemoteAttachment(
                        ContactPhoto.FILE_NAME, "image/jpeg", null, new byte[] {1})), null);
        MessageSpec spec = ItemProperties.spec(contact, IDS);
        assertThat(spec.attachments()).isEmpty();
        PropertyBag bag = PropertyBag.of(spec.properties(), IDS);
        assertThat(bag.has(PidLid.HAS_PICTURE)).isTrue();
        assertThat(bag.flag(PidLid.HAS_PICTURE)).isFalse();
    }

    @Test
    void recurrenceRuleAndDeletedOccurrencesSurviveTheRoundTrip() {
        Map<String, String> f = Map.of(PimFields.RECURRENCE_RULE, "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10",
                PimFields.DELETED_OCCURRENCES, "2027-03-03T09:00:00Z");
        PropertyBag bag = upload(item(ItemKind.APPOINTMENT, START, END, f));
        assertThat(bag.flag(PidLid.RECURRING)).isTrue();
        assertThat(bag.bytes(PidLid.APPOINTMENT_RECUR)).isNotEmpty();

        Map<String, String> back = roundTrip(FolderKind.CALENDAR, item(ItemKind.APPOINTMENT, START, END, f));
        assertThat(back).containsEntry(PimFields.DELETED_OCCURRENCES, "2027-03-03T09:00:00Z")
                .containsKey(ItemFields.RECURRENCE);
        assertThat(org.interchange.mapi.objects.ical.RecurrenceRules.parts(back.get(PimFields.RECURRENCE_RULE)))
                .containsEntry("FREQ", "WEEKLY").containsEntry("INTERVAL", "2").containsEntry("BYDAY", "MO,WE")
                .containsEntry("COUNT", "10");
    }

    @Test
    void untilDateSurvivesAndClearedRuleEndsTheSeries() {
        Map<String, String> f = Map.of(PimFields.RECURRENCE_RULE, "FREQ=DAILY;UNTIL=20270310");
        assertThat(org.interchange.mapi.objects.ical.RecurrenceRules.parts(
                roundTrip(FolderKind.CALENDAR, item(ItemKind.APPOINTMENT, START, END, f)).get(PimFields.RECURRENCE_RULE)))
                .containsEntry("FREQ", "DAILY").containsEntry("UNTIL", "20270310");

        PropertyBag cleared = upload(item(ItemKind.APPOINTMENT, START, END, Map.of(PimFields.RECURRENCE_RULE, "")));
        assertThat(cleared.has(PidLid.RECURRING)).isTrue();
        assertThat(cleared.flag(PidLid.RECURRING)).isFalse();
        assertThat(cleared.bytes(PidLid.APPOINTMENT_RECUR)).isNull();
    }

    @Test
    void changedOccurrencesAndTheZoneSurviveTheRoundTripAcrossDaylightSaving() {
        Instant first = Instant.parse("2027-03-15T08:00:00Z");
        Instant third = Instant.parse("2027-03-29T07:00:00Z");
        OccurrenceChange moved = new OccurrenceChange(third, third.plusSeconds(3600), third.plusSeconds(7200),
                "Moved", null);
        Map<String, String> f = Map.of(PimFields.RECURRENCE_RULE, "FREQ=WEEKLY;COUNT=5",
                PimFields.TIME_ZONE, "Europe/Berlin",
                PimFields.MODIFIED_OCCURRENCES, OccurrenceChange.formatAll(List.of(moved)));
        RemoteItem series = item(ItemKind.APPOINTMENT, first, first.plusSeconds(3600), f);
        MessageSpec spec = ItemProperties.spec(series, IDS);
        assertThat(spec.attachments()).singleElement().satisfies(a -> {
            assertThat(a.isEmbeddedMessage()).isTrue();
            assertThat(PropertyBag.of(a.properties()).time(PidTag.EXCEPTION_REPLACE_TIME)).isEqualTo(third);
            assertThat(PropertyBag.of(a.embeddedMessage().properties()).string(PidTag.SUBJECT)).isEqualTo("Moved");
        });
        PropertyBag bag = PropertyBag.of(spec.properties(), IDS);
        assertThat(AppointmentRecurrenceReader.read(bag.bytes(PidLid.APPOINTMENT_RECUR)).startTime())
                .isEqualTo(java.time.LocalTime.of(9, 0));

        Map<String, String> back = roundTrip(FolderKind.CALENDAR, series);
        assertThat(back).containsEntry(PimFields.TIME_ZONE, "Europe/Berlin");
        assertThat(OccurrenceChange.parseAll(back.get(PimFields.MODIFIED_OCCURRENCES))).containsExactly(moved);
    }

    @Test
    void clearedFieldsAreLeftOut() {
        RemoteItem contact = item(ItemKind.CONTACT, null, null, Map.of(ItemFields.BUSINESS_PHONE, "",
                ItemFields.MOBILE_PHONE, "+44 7700 900000", ItemFields.EMAIL, ""));
        PropertyBag bag = upload(contact);
        assertThat(bag.has(PidTag.BUSINESS_TELEPHONE_NUMBER)).isFalse();
        assertThat(bag.has(PidLid.EMAIL1_EMAIL_ADDRESS)).isFalse();
        assertThat(bag.string(PidTag.MOBILE_TELEPHONE_NUMBER)).isEqualTo("+44 7700 900000");

        PropertyBag meeting = upload(item(ItemKind.APPOINTMENT, START, END, Map.of(ItemFields.LOCATION, "")));
        assertThat(meeting.has(PidLid.LOCATION)).isFalse();
        PropertyBag task = upload(item(ItemKind.TASK, START, null, Map.of(ItemFields.TASK_STATUS, "",
                ItemFields.START_DATE, "")));
        assertThat(task.has(PidLid.TASK_STATUS)).isFalse();
        assertThat(task.has(PidLid.TASK_START_DATE)).isFalse();
    }

    @Test
    void threadHeadersSurviveTheRoundTrip() {
        Map<String, String> f = Map.of(ItemFields.MESSAGE_ID, "<b2@example.org>", ItemFields.IN_REPLY_TO,
                "<a1@example.org>", ItemFields.REFERENCES, "<a0@example.org> <a1@example.org>");
        PropertyBag bag = upload(item(ItemKind.MAIL, START, null, f));
        assertThat(bag.string(PidTag.IN_REPLY_TO_ID)).isEqualTo("<a1@example.org>");
        assertThat(roundTrip(FolderKind.MAIL, item(ItemKind.MAIL, START, null, f))).containsAllEntriesOf(f);
    }
}
