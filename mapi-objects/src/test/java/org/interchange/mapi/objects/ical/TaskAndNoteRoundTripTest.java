package org.interchange.mapi.objects.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.convert.ReadResult;
import org.interchange.mapi.objects.mime.MapiMessage;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrenceWriter;
import org.interchange.mapi.objects.recurrence.RecurrencePattern;
import org.interchange.mapi.objects.recurrence.RecurrenceRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskAndNoteRoundTripTest {

    private static MapiMessage roundTrip(PropertyBag p) {
        String text = ICalendarWriter.write(List.of(new MapiMessage(p, List.of(), List.of())), ZoneOffset.UTC,
                AppointmentRoundTripTest.NOW).text();
        ReadResult r = ICalendarReader.read(text, "t.ics", AppointmentRoundTripTest.IDS, ZoneOffset.UTC);
        assertThat(r.errors()).isEmpty();
        return r.items().getFirst();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void taskKeepsStatusPercentDatesPriorityAndRecurrence(int status) {
        byte[] recurrence = AppointmentRecurrenceWriter.writePattern(RecurrencePattern.weekly(LocalDate.of(2024, 4, 1), 2,
                Set.of(DayOfWeek.MONDAY), DayOfWeek.SUNDAY, RecurrenceRange.until(LocalDate.of(2024, 6, 24))));
        PropertyBag p = PropertyBag.builder(AppointmentRoundTripTest.IDS).set(PidTag.MESSAGE_CLASS, "IPM.Task")
                .set(PidTag.SUBJECT, "Water the plants").set(PidTag.BODY, "Both balconies")
                .set(PidLid.TASK_STATUS, status).set(PidLid.PERCENT_COMPLETE, status == 2 ? 1.0 : 0.25)
                .set(PidLid.TASK_COMPLETE, status == 2)
                .set(PidLid.TASK_START_DATE, Instant.parse("2024-04-01T00:00:00Z"))
                .set(PidLid.TASK_DUE_DATE, Instant.parse("2024-04-03T00:00:00Z"))
                .set(PidLid.TASK_DATE_COMPLETED, status == 2 ? Instant.parse("2024-04-02T08:00:00Z") : null)
                .set(PidTag.IMPORTANCE, 0).set(PidName.KEYWORDS, List.of("Home"))
                .set(PidLid.TASK_F_RECURRING, true).set(PidLid.TASK_RECURRENCE, recurrence)
                .set(PidLid.REMINDER_SET, false).build();
        PropertyBag q = roundTrip(p).properties();
        for (PidLid lid : List.of(PidLid.TASK_STATUS, PidLid.PERCENT_COMPLETE, PidLid.TASK_COMPLETE,
                PidLid.TASK_START_DATE, PidLid.TASK_DUE_DATE, PidLid.TASK_DATE_COMPLETED, PidLid.TASK_F_RECURRING,
                PidLid.REMINDER_SET)) {
            assertThat(q.get(lid)).as(lid.toString()).isEqualTo(p.get(lid));
        }
        assertThat(q.bytes(PidLid.TASK_RECURRENCE)).isEqualTo(recurrence);
        assertThat(q.string(PidTag.SUBJECT)).isEqualTo("Water the plants");
        assertThat(q.string(PidTag.BODY)).isEqualTo("Both balconies");
        assertThat(q.number(PidTag.IMPORTANCE, -1)).isZero();
        assertThat(q.strings(PidName.KEYWORDS)).containsExactly("Home");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void noteKeepsItsColour(int colour) {
        PropertyBag p = PropertyBag.builder(AppointmentRoundTripTest.IDS).set(PidTag.MESSAGE_CLASS, "IPM.StickyNote")
                .set(PidTag.SUBJECT, "Call Mo").set(PidTag.BODY, "Call Mo\nabout the boat")
                .set(PidLid.NOTE_COLOR, colour).set(PidLid.NOTE_WIDTH, 200).set(PidLid.NOTE_HEIGHT, 166)
                .set(PidTag.CREATION_TIME, Instant.parse("2024-02-02T10:00:00Z")).build();
        String text = ICalendarWriter.write(List.of(new MapiMessage(p, List.of(), List.of())), ZoneOffset.UTC,
                AppointmentRoundTripTest.NOW).text();
        assertThat(text).contains("BEGIN:VJOURNAL").contains("X-INTERCHANGE-NOTE-COLOR:");
        PropertyBag q = roundTrip(p).properties();
        for (PidLid lid : List.of(PidLid.NOTE_COLOR, PidLid.NOTE_WIDTH, PidLid.NOTE_HEIGHT)) {
            assertThat(q.get(lid)).as(lid.toString()).isEqualTo(p.get(lid));
        }
        assertThat(q.string(PidTag.MESSAGE_CLASS)).isEqualTo("IPM.StickyNote");
        assertThat(q.string(PidTag.BODY)).isEqualTo("Call Mo\nabout the boat");
        assertThat(q.time(PidTag.CREATION_TIME)).isEqualTo(p.time(PidTag.CREATION_TIME));
    }

    @Test
    void meetingMessagesBecomeITipMethods() {
        PropertyBag.Builder b = AppointmentRoundTripTest.appointment("Launch", AppointmentRoundTripTest.BERLIN,
                java.time.LocalDateTime.of(2024, 6, 3, 10, 0), java.time.Duration.ofHours(1));
        for (String[] c : new String[][] {{"IPM.Schedule.Meeting.Request", "REQUEST"},
                {"IPM.Schedule.Meeting.Canceled", "CANCEL"}, {"IPM.Schedule.Meeting.Resp.Pos", "REPLY"}}) {
            MapiMessage m = new MapiMessage(b.set(PidTag.MESSAGE_CLASS, c[0]).build(),
                    AppointmentRoundTripTest.attendees().subList(0, 1), List.of());
            String text = ICalendarWriter.write(List.of(m), ZoneOffset.UTC, AppointmentRoundTripTest.NOW).text();
            assertThat(text).contains("METHOD:" + c[1]);
            ReadResult r = ICalendarReader.read(text, "itip.ics", AppointmentRoundTripTest.IDS, ZoneOffset.UTC);
            assertThat(r.items().getFirst().properties().string(PidTag.MESSAGE_CLASS)).isEqualTo(c[0]);
        }
        String cancel = ICalendarWriter.write(List.of(new MapiMessage(b.set(PidTag.MESSAGE_CLASS,
                "IPM.Schedule.Meeting.Canceled").build(), List.of(), List.of())), ZoneOffset.UTC,
                AppointmentRoundTripTest.NOW).text();
        PropertyBag read = ICalendarReader.read(cancel, "c.ics", AppointmentRoundTripTest.IDS, ZoneOffset.UTC).items()
                .getFirst().properties();
        assertThat(read.number(PidLid.APPOINTMENT_STATE_FLAGS, 0) & 4).isEqualTo(4);
    }
}
