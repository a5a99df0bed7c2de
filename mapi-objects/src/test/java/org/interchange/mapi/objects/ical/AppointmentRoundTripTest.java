package org.interchange.mapi.objects.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.KnownNamedProperties;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.convert.ReadResult;
import org.interchange.mapi.objects.convert.WriteResult;
import org.interchange.mapi.objects.mime.MapiMessage;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrencePattern;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrenceReader;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrenceWriter;
import org.interchange.mapi.objects.recurrence.ExceptionInfo;
import org.interchange.mapi.objects.recurrence.RecurrencePattern;
import org.interchange.mapi.objects.recurrence.RecurrenceRange;
import org.junit.jupiter.api.Test;

class AppointmentRoundTripTest {
    static final NamedPropertyIds IDS = KnownNamedProperties.offline();
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");

    /** An appointment with everything the iCalendar mapping carries, in {@code zone}. */
    static PropertyBag.Builder appointment(String subject, ZoneId zone, LocalDateTime start, Duration length) {
        ItemZone z = ItemZone.of(zone, start.getYear());
        Instant s = z.toInstant(start);
        Instant e = z.toInstant(start.plus(length));
        return PropertyBag.builder(IDS).set(PidTag.MESSAGE_CLASS, "IPM.Appointment").set(PidTag.SUBJECT, subject)
                .set(PidTag.BODY, "Agenda:\nfirst; second, third").set(PidLid.LOCATION, "Room 1")
                .set(PidLid.APPOINTMENT_START_WHOLE, s).set(PidLid.APPOINTMENT_END_WHOLE, e)
                .set(PidLid.APPOINTMENT_SUB_TYPE, false).set(PidLid.BUSY_STATUS, 2)
                .set(PidTag.SENSITIVITY, 2).set(PidTag.IMPORTANCE, 2)
                .set(PidName.KEYWORDS, List.of("Work", "Blue, dark"))
                .set(PidLid.REMINDER_SET, true).set(PidLid.REMINDER_DELTA, 15)
                .set(PidLid.APPOINTMENT_SEQUENCE, 3)
                .set(PidLid.CLEAN_GLOBAL_OBJECT_ID, GlobalObjectIds.fromUid("series-" + subject + "@example.org"))
                .set(PidLid.TIME_ZONE_STRUCT, z.struct().write())
                .set(PidLid.APPOINTMENT_TIME_ZONE_DEFINITION_START_DISPLAY, z.definition(start.getYear()).write())
                .set(PidTag.SENT_REPRESENTING_NAME, "Olga Organizer")
                .set(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS, "olga@example.org")
                .set(PidTag.CREATION_TIME, Instant.parse("2023-12-01T10:00:00Z"))
                .set(PidTag.LAST_MODIFICATION_TIME, Instant.parse("2023-12-02T10:00:00Z"));
    }

    static List<PropertyBag> attendees() {
        return List.of(recipient("Anna", "anna@example.org", 1, 3), recipient("Bert", "bert@example.org", 2, 4),
                recipient("Room 1", "room1@example.org", 3, 2));
    }

    static PropertyBag recipient(String name, String email, int type, int status) {
        return PropertyBag.of(List.of(PropertyValue.of(PidTag.DISPLAY_NAME, name),
                PropertyValue.of(PidTag.SMTP_ADDRESS, email), PropertyValue.of(PidTag.RECIPIENT_TYPE, type),
                PropertyValue.of(PidTag.RECIPIENT_TRACK_STATUS, status)));
    }

    static MapiMessage roundTrip(MapiMessage m) {
        return roundTrip(m, ZoneOffset.UTC);
    }

    /** Written and read back by a user whose own zone (for floating dates) is {@code userZone}. */
    static MapiMessage roundTrip(MapiMessage m, ZoneId userZone) {
        WriteResult written = ICalendarWriter.write(List.of(m), ZoneOffset.UTC, NOW);
        assertThat(written.errors()).isEmpty();
        ReadResult read = ICalendarReader.read(written.text(), "test.ics", IDS, userZone);
        assertThat(read.errors()).isEmpty();
        assertThat(read.items()).hasSize(1);
        return read.items().getFirst();
    }

    @Test
    void singleMeetingKeepsEveryMappedProperty() {
        PropertyBag p = appointment("Review", BERLIN, LocalDateTime.of(2024, 3, 5, 9, 30), Duration.ofMinutes(45))
                .build();
        MapiMessage back = roundTrip(new MapiMessage(p, attendees(), List.of()));
        PropertyBag q = back.properties();
        for (PidLid lid : List.of(PidLid.APPOINTMENT_START_WHOLE, PidLid.APPOINTMENT_END_WHOLE, PidLid.LOCATION,
                PidLid.APPOINTMENT_SUB_TYPE, PidLid.BUSY_STATUS, PidLid.REMINDER_SET, PidLid.REMINDER_DELTA,
                PidLid.APPOINTMENT_SEQUENCE)) {
            assertThat(q.get(lid)).as(lid.toString()).isEqualTo(p.get(lid));
        }
        assertThat(q.bytes(PidLid.CLEAN_GLOBAL_OBJECT_ID)).isEqualTo(p.bytes(PidLid.CLEAN_GLOBAL_OBJECT_ID));
        assertThat(q.bytes(PidLid.TIME_ZONE_STRUCT)).isEqualTo(p.bytes(PidLid.TIME_ZONE_STRUCT));
        assertThat(q.bytes(PidLid.APPOINTMENT_TIME_ZONE_DEFINITION_START_DISPLAY))
                .isEqualTo(p.bytes(PidLid.APPOINTMENT_TIME_ZONE_DEFINITION_START_DISPLAY));
        for (var tag : List.of(PidTag.SUBJECT, PidTag.BODY, PidTag.SENSITIVITY, PidTag.IMPORTANCE,
                PidTag.SENT_REPRESENTING_NAME, PidTag.SENT_REPRESENTING_EMAIL_ADDRESS, PidTag.CREATION_TIME,
                PidTag.LAST_MODIFICATION_TIME)) {
            assertThat(q.get(tag)).as(tag.toString()).isEqualTo(p.get(tag));
        }
        assertThat(q.strings(PidName.KEYWORDS)).containsExactly("Work", "Blue, dark");
        assertThat(back.recipients()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            PropertyBag r = back.recipients().get(i);
            PropertyBag o = attendees().get(i);
            assertThat(r.string(PidTag.DISPLAY_NAME)).isEqualTo(o.string(PidTag.DISPLAY_NAME));
            assertThat(r.string(PidTag.SMTP_ADDRESS)).isEqualTo(o.string(PidTag.SMTP_ADDRESS));
            assertThat(r.number(PidTag.RECIPIENT_TYPE, 0)).isEqualTo(o.number(PidTag.RECIPIENT_TYPE, 0));
            assertThat(r.number(PidTag.RECIPIENT_TRACK_STATUS, 0)).isEqualTo(o.number(PidTag.RECIPIENT_TRACK_STATUS, 0));
        }
    }

    @Test
    void recurringSeriesKeepsBlobWithModifiedAndDeletedInstances() {
        LocalDate first = LocalDate.of(2024, 3, 4);
        AppointmentRecurrencePattern series = AppointmentRecurrencePattern.of(
                RecurrencePattern.weekly(first, 1, Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), DayOfWeek.MONDAY,
                        RecurrenceRange.count(10)), LocalTime.of(9, 0), Duration.ofHours(1))
                .withDeletedOccurrence(LocalDate.of(2024, 3, 6))
                .withModifiedOccurrence(ExceptionInfo.moved(LocalDateTime.of(2024, 3, 11, 9, 0),
                        LocalDateTime.of(2024, 3, 11, 14, 0), LocalDateTime.of(2024, 3, 11, 15, 30))
                        .withSubject("Moved standup").withLocation("Room 7"));
        PropertyBag p = appointment("Standup", BERLIN, first.atTime(9, 0), Duration.ofHours(1))
                .set(PidLid.RECURRING, true).set(PidLid.APPOINTMENT_RECUR, AppointmentRecurrenceWriter.write(series))
                .build();
        MapiMessage back = roundTrip(new MapiMessage(p, List.of(), List.of()));
        assertThat(back.properties().flag(PidLid.RECURRING)).isTrue();
        AppointmentRecurrencePattern read = AppointmentRecurrenceReader.read(back.properties()).orElseThrow();
        assertThat(back.properties().bytes(PidLid.APPOINTMENT_RECUR)).isEqualTo(p.bytes(PidLid.APPOINTMENT_RECUR));
        assertThat(read.exceptions().getFirst().subject()).isEqualTo("Moved standup");
        assertThat(back.properties().number(PidLid.RECURRENCE_TYPE, 0)).isEqualTo(2);
    }

    @Test
    void exceptionBodyTravelsThroughTheExceptionAttachment() {
        LocalDate first = LocalDate.of(2024, 5, 6);
        AppointmentRecurrencePattern series = AppointmentRecurrencePattern.of(
                RecurrencePattern.daily(first, 1, RecurrenceRange.until(LocalDate.of(2024, 5, 10))),
                LocalTime.of(8, 0), Duration.ofMinutes(30));
        String ics = ICalendarWriter.write(List.of(new MapiMessage(appointment("Daily", BERLIN, first.atTime(8, 0),
                Duration.ofMinutes(30)).set(PidLid.APPOINTMENT_RECUR, AppointmentRecurrenceWriter.write(series))
                .build(), List.of(), List.of())), ZoneOffset.UTC, NOW).text();
        String withOverride = ics.replace("END:VCALENDAR\r\n", "")
                + "BEGIN:VEVENT\r\nUID:series-Daily@example.org\r\nRECURRENCE-ID;TZID=Europe/Berlin:20240508T080000\r\n"
                + "DTSTART;TZID=Europe/Berlin:20240508T083000\r\nDTEND;TZID=Europe/Berlin:20240508T090000\r\n"
                + "SUMMARY:Daily\r\nLOCATION:Room 1\r\nDESCRIPTION:Only today: demo\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        ReadResult read = ICalendarReader.read(withOverride, "override.ics", IDS, ZoneOffset.UTC);
        assertThat(read.errors()).isEmpty();
        MapiMessage m = read.items().getFirst();
        AppointmentRecurrencePattern blob = AppointmentRecurrenceReader.read(m.properties()).orElseThrow();
        assertThat(blob.exceptions()).singleElement().satisfies(e -> {
            assertThat(e.exceptionalBody()).isTrue();
            assertThat(e.subject()).isNull();
            assertThat(e.start()).isEqualTo(LocalDateTime.of(2024, 5, 8, 8, 30));
        });
        assertThat(m.embedded()).hasSize(1);
        assertThat(m.embedded().get(0).properties().string(PidTag.BODY)).isEqualTo("Only today: demo");
        String again = ICalendarWriter.write(List.of(m), ZoneOffset.UTC, NOW).text();
        assertThat(again).contains("DESCRIPTION:Only today: demo").contains("RECURRENCE-ID;TZID=Europe/Berlin:20240508T080000")
                .contains("RRULE:FREQ=DAILY;INTERVAL=1;UNTIL=20240510T060000Z");
    }

    @Test
    void writesOutlookShapedText() {
        PropertyBag p = appointment("Review", BERLIN, LocalDateTime.of(2024, 3, 5, 9, 30), Duration.ofMinutes(45))
                .build();
        String text = ICalendarWriter.write(List.of(new MapiMessage(p, attendees(), List.of())), ZoneOffset.UTC, NOW)
                .text();
        assertThat(text.lines()).allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
        text = text.replace("\r\n ", "");
        assertThat(text).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n")
                .contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10")
                .contains("DTSTART;TZID=Europe/Berlin:20240305T093000")
                .contains("CATEGORIES:Work,Blue\\, dark")
                .contains("ATTENDEE;CN=Bert;ROLE=OPT-PARTICIPANT;PARTSTAT=DECLINED:mailto:bert@example.org")
                .contains("TRIGGER:-PT15M").contains("CLASS:PRIVATE").contains("PRIORITY:1");
    }
}
