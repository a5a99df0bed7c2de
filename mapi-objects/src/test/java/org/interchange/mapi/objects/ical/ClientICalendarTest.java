package org.interchange.mapi.objects.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.convert.ReadResult;
import org.interchange.mapi.objects.mime.MapiMessage;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrencePattern;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrenceReader;
import org.interchange.mapi.objects.recurrence.PatternType;
import org.interchange.mapi.objects.recurrence.RecurFrequency;
import org.interchange.mapi.objects.timezone.TimeZoneDefinition;
import org.interchange.mapi.objects.timezone.TimeZoneStruct;
import org.junit.jupiter.api.Test;

/** .ics files shaped the way Outlook, Google Calendar, Apple Calendar and Thunderbird write them. */
class ClientICalendarTest {
    private static final NamedPropertyIds IDS = AppointmentRoundTripTest.IDS;
    private static final ZoneId USER = ZoneId.of("Europe/Berlin");

    static String resource(String name) throws IOException {
        try (InputStream in = ClientICalendarTest.class.getResourceAsStream("/ical/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ReadResult read(String name) throws IOException {
        return ICalendarReader.read(resource(name), name, IDS, USER);
    }

    @Test
    void outlookMeetingRequestWithWindowsZoneExdateAndMovedInstance() throws IOException {
        ReadResult r = read("outlook-request.ics");
        assertThat(r.errors()).isEmpty();
        MapiMessage m = r.items().getFirst();
        PropertyBag p = m.properties();
        assertThat(p.string(PidTag.MESSAGE_CLASS)).isEqualTo("IPM.Schedule.Meeting.Request");
        assertThat(p.string(PidTag.SUBJECT)).isEqualTo("Team-Sync");
        assertThat(p.string(PidTag.BODY)).isEqualTo("Weekly sync, bring your numbers.\n\n");
        assertThat(p.time(PidLid.APPOINTMENT_START_WHOLE)).isEqualTo(Instant.parse("2024-03-04T09:00:00Z"));
        assertThat(p.number(PidLid.BUSY_STATUS, -1)).isEqualTo(1);
        assertThat(p.number(PidLid.INTENDED_BUSY_STATUS, -1)).isEqualTo(2);
        assertThat(p.number(PidLid.REMINDER_DELTA, -1)).isEqualTo(15);
        assertThat(p.number(PidLid.APPOINTMENT_STATE_FLAGS, 0)).isEqualTo(3);
        assertThat(p.flag(PidTag.RESPONSE_REQUESTED)).isTrue();
        assertThat(p.string(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS)).isEqualTo("olaf@example.com");
        assertThat(GlobalObjectIds.toUid(p.bytes(PidLid.GLOBAL_OBJECT_ID))).startsWith("040000008200E00074C5B7101A82E008")
                .endsWith("C4E2A7A5BC2B8D4E8A5A3B5E8A1C6F0D");
        assertThat(m.recipients()).extracting(b -> b.string(PidTag.SMTP_ADDRESS))
                .containsExactly("anna@example.com", "bert@example.com");
        assertThat(m.recipients().get(1).number(PidTag.RECIPIENT_TYPE, 0)).isEqualTo(2);
        TimeZoneDefinition tz = TimeZoneDefinition.read(p.bytes(PidLid.APPOINTMENT_TIME_ZONE_DEFINITION_START_DISPLAY));
        assertThat(tz.keyName()).isEqualTo("W. Europe Standard Time");
        TimeZoneStruct struct = TimeZoneStruct.read(p.bytes(PidLid.TIME_ZONE_STRUCT));
        assertThat(struct.bias()).isEqualTo(-60);
        assertThat(struct.daylightDate().month()).isEqualTo(3);
        assertThat(struct.daylightDate().day()).isEqualTo(5);
        AppointmentRecurrencePattern series = AppointmentRecurrenceReader.read(p).orElseThrow();
        assertThat(series.pattern().occurrenceCount()).isEqualTo(8);
        assertThat(series.pattern().deletedInstanceDates()).contains(LocalDate.of(2024, 3, 18), LocalDate.of(2024, 4, 1));
        assertThat(series.exceptions()).singleElement().satisfies(e -> {
            assertThat(e.start()).isEqualTo(LocalDateTime.of(2024, 4, 1, 14, 30));
            assertThat(e.subject()).isEqualTo("Team-Sync (verschoben)");
            assertThat(e.location()).isEqualTo("Raum Alster");
            assertThat(e.exceptionalBody()).isTrue();
        });
        assertThat(m.embedded().values()).singleElement()
                .satisfies(x -> assertThat(x.properties().string(PidTag.BODY)).isEqualTo("Moved because of the offsite.\n"));
    }

    @Test
    void googleCalendarExport() throws IOException {
        ReadResult r = read("google.ics");
        assertThat(r.errors()).isEmpty();
        assertThat(r.items()).hasSize(3);
        PropertyBag planning = r.items().get(0).properties();
        AppointmentRecurrencePattern series = AppointmentRecurrenceReader.read(planning).orElseThrow();
        assertThat(series.pattern().patternType()).isEqualTo(PatternType.MONTH_NTH);
        assertThat(series.pattern().weekOfMonth()).isEqualTo(2);
        assertThat(series.startTime()).isEqualTo(java.time.LocalTime.of(14, 0));
        assertThat(planning.time(PidLid.APPOINTMENT_START_WHOLE)).isEqualTo(Instant.parse("2024-03-12T18:00:00Z"));
        assertThat(planning.number(PidLid.REMINDER_DELTA, -1)).isEqualTo(10);
        assertThat(TimeZoneDefinition.read(planning.bytes(PidLid.APPOINTMENT_TIME_ZONE_DEFINITION_RECUR)).keyName())
                .isEqualTo("Eastern Standard Time");
        PropertyBag holiday = r.items().get(1).properties();
        assertThat(holiday.flag(PidLid.APPOINTMENT_SUB_TYPE)).isTrue();
        assertThat(holiday.time(PidLid.APPOINTMENT_START_WHOLE))
                .isEqualTo(ZonedDateTime.of(2024, 7, 4, 0, 0, 0, 0, USER).toInstant());
        assertThat(holiday.number(PidLid.BUSY_STATUS, -1)).isZero();
        MapiMessage call = r.items().get(2);
        assertThat(call.recipients()).extracting(b -> b.number(PidTag.RECIPIENT_TRACK_STATUS, -1)).containsExactly(3L, 5L);
        assertThat(call.properties().time(PidLid.APPOINTMENT_END_WHOLE)).isEqualTo(Instant.parse("2024-03-15T17:30:00Z"));
    }

    @Test
    void appleCalendarWithSouthernZoneAndReminderTask() throws IOException {
        ReadResult r = read("apple.ics");
        assertThat(r.errors()).isEmpty();
        assertThat(r.items()).hasSize(3);
        PropertyBag birthday = r.items().get(0).properties();
        AppointmentRecurrencePattern yearly = AppointmentRecurrenceReader.read(birthday).orElseThrow();
        assertThat(yearly.pattern().frequency()).isEqualTo(RecurFrequency.YEARLY);
        assertThat(yearly.pattern().dayOfMonth()).isEqualTo(14);
        assertThat(birthday.number(PidLid.REMINDER_DELTA, -1)).isEqualTo(15 * 60);
        PropertyBag dentist = r.items().get(1).properties();
        assertThat(dentist.time(PidLid.APPOINTMENT_START_WHOLE)).isEqualTo(Instant.parse("2024-04-04T22:00:00Z"));
        assertThat(dentist.string(PidLid.LOCATION)).isEqualTo("12 George St\nSydney NSW 2000");
        TimeZoneStruct sydney = TimeZoneStruct.read(dentist.bytes(PidLid.TIME_ZONE_STRUCT));
        assertThat(sydney.bias()).isEqualTo(-600);
        assertThat(sydney.daylightDate().month()).isEqualTo(10);
        assertThat(sydney.standardDate().month()).isEqualTo(4);
        PropertyBag task = r.items().get(2).properties();
        assertThat(task.string(PidTag.MESSAGE_CLASS)).isEqualTo("IPM.Task");
        assertThat(task.number(PidLid.TASK_STATUS, -1)).isEqualTo(2);
        assertThat(task.flag(PidLid.TASK_COMPLETE)).isTrue();
        assertThat(task.decimal(PidLid.PERCENT_COMPLETE, 0)).isEqualTo(1.0);
        assertThat(task.time(PidLid.TASK_DUE_DATE)).isEqualTo(Instant.parse("2024-03-31T00:00:00Z"));
        assertThat(task.time(PidLid.TASK_DATE_COMPLETED)).isEqualTo(Instant.parse("2024-03-20T05:15:00Z"));
        assertThat(task.number(PidTag.IMPORTANCE, -1)).isEqualTo(2);
    }

    @Test
    void thunderbirdEventAndTask() throws IOException {
        ReadResult r = read("thunderbird.ics");
        assertThat(r.errors()).isEmpty();
        PropertyBag review = r.items().get(0).properties();
        AppointmentRecurrencePattern quarterly = AppointmentRecurrenceReader.read(review).orElseThrow();
        assertThat(quarterly.pattern().period()).isEqualTo(3);
        assertThat(quarterly.pattern().dayOfMonth()).isEqualTo(15);
        assertThat(quarterly.pattern().endDate()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(review.strings(PidName.KEYWORDS)).containsExactly("Business", "Meeting");
        assertThat(review.number(PidTag.SENSITIVITY, -1)).isEqualTo(2);
        assertThat(review.number(PidLid.REMINDER_DELTA, -1)).isEqualTo(60);
        PropertyBag task = r.items().get(1).properties();
        assertThat(task.number(PidLid.TASK_STATUS, -1)).isEqualTo(1);
        assertThat(task.decimal(PidLid.PERCENT_COMPLETE, 0)).isEqualTo(0.4);
        assertThat(task.time(PidLid.TASK_START_DATE)).isEqualTo(Instant.parse("2024-01-10T00:00:00Z"));
    }

    @Test
    void malformedItemsAreReportedByNameAndTheRestIsRead() throws IOException {
        ReadResult r = read("malformed-mixed.ics");
        assertThat(r.items()).extracting(m -> m.properties().string(PidTag.SUBJECT)).containsExactly("Fine event");
        assertThat(r.errors()).hasSize(5);
        assertThat(r.errors().get(0).item()).contains("bad-date@example.org").contains("Broken date");
        assertThat(r.errors().get(0).message()).contains("DTSTART").contains("2024-06-02 10:00");
        assertThat(r.errors().get(1).message()).contains("Mars/Olympus_Mons");
        assertThat(r.errors().get(2).message()).contains("FREQ=HOURLY");
        assertThat(r.errors().get(3).message()).contains("before DTSTART");
        assertThat(r.errors().get(4).item()).contains("VTODO").contains("Half done");
        assertThat(r.errors().get(4).message()).contains("PERCENT-COMPLETE");
    }

    @Test
    void weekTriggersAndDurationsRead() {
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:w@x",
                "DTSTART:20240601T100000Z", "DURATION:P1W", "SUMMARY:Week", "BEGIN:VALARM", "ACTION:DISPLAY",
                "TRIGGER:-P1W", "END:VALARM", "END:VEVENT", "END:VCALENDAR", "");
        PropertyBag p = ICalendarReader.read(ics, "w.ics", IDS, USER).items().getFirst().properties();
        assertThat(p.time(PidLid.APPOINTMENT_END_WHOLE)).isEqualTo(Instant.parse("2024-06-08T10:00:00Z"));
        assertThat(p.number(PidLid.REMINDER_DELTA, -1)).isEqualTo(7 * 24 * 60);
    }

    @Test
    void textThatIsNotICalendarIsOneErrorNamingTheFile() {
        ReadResult r = ICalendarReader.read("From: someone\r\n\r\nhello", "notes.ics", IDS, USER);
        assertThat(r.items()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.item()).isEqualTo("notes.ics"));
        ReadResult truncated = ICalendarReader.read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=\"x:", "cut.ics",
                IDS, USER);
        assertThat(truncated.errors()).singleElement().satisfies(e -> assertThat(e.item()).isEqualTo("cut.ics"));
    }
}
