package org.interchange.mapi.server.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.NewMessage;

/** Writes single and weekly recurring IPM.Appointment items, [MS-OXOCAL] 2.2.1, all in UTC. */
final class DemoCalendarWriter {
    private static final int BUSY = 2;
    private static final List<String[]> SINGLE = List.of(
            new String[] {"Dentist", "Dr. Keller, Hauptstr. 5"}, new String[] {"Lunch with Hannah", "Cafe Einstein"},
            new String[] {"Customer call with Fabrikam", "Teams"}, new String[] {"Design critique", "Room Ada"},
            new String[] {"Quarterly planning", "Room Turing"}, new String[] {"Car service", "Garage Otto"},
            new String[] {"Interview: backend candidate", "Room Hopper"}, new String[] {"Team dinner", "Trattoria Roma"},
            new String[] {"Sprint review", "Room Turing"}, new String[] {"Parent-teacher meeting", "School"});

    private final MailboxStore store;
    private final Mailbox mailbox;
    private final DemoNamedProperties named;
    private final Random random;
    private final LocalDate today;

    DemoCalendarWriter(MailboxStore store, Mailbox mailbox, DemoNamedProperties named, Random random, Instant now) {
        this.store = store;
        this.mailbox = mailbox;
        this.named = named;
        this.random = random;
        this.today = now.atZone(ZoneOffset.UTC).toLocalDate();
    }

    int single(long folder, int count) {
        for (int i = 0; i < count; i++) {
            String[] what = SINGLE.get(random.nextInt(SINGLE.size()));
            LocalDate day = today.plusDays(random.nextInt(60) - 30);
            Instant start = day.atTime(8 + random.nextInt(9), random.nextBoolean() ? 0 : 30).toInstant(ZoneOffset.UTC);
            Instant end = start.plus(Duration.ofMinutes(30L * (1 + random.nextInt(4))));
            List<PropertyValue> p = common(what[0], what[1], start, end);
            p.add(PropertyValue.of(named.tag(PidLid.RECURRING), false));
            p.add(PropertyValue.of(PidTag.BODY, "Added by " + mailbox.displayName() + "."));
            store.createMessage(mailbox, folder, NewMessage.of(p));
        }
        return count;
    }

    int weekly(long folder) {
        record Series(String subject, String location, DayOfWeek day, LocalTime time, int minutes, int period) {
        }
        List<Series> series = List.of(
                new Series("Weekly team sync", "Room Turing", DayOfWeek.MONDAY, LocalTime.of(9, 30), 30, 1),
                new Series("1:1 with Maria", "Maria's office", DayOfWeek.THURSDAY, LocalTime.of(14, 0), 45, 1),
                new Series("Yoga", "Studio Lotus", DayOfWeek.WEDNESDAY, LocalTime.of(18, 30), 60, 1),
                new Series("Architecture board", "Room Ada", DayOfWeek.TUESDAY, LocalTime.of(11, 0), 60, 2));
        for (Series s : series) {
            LocalDate first = today.minusWeeks(8).with(TemporalAdjusters.nextOrSame(s.day()));
            int occurrences = 26;
            Instant start = first.atTime(s.time()).toInstant(ZoneOffset.UTC);
            Instant end = start.plus(Duration.ofMinutes(s.minutes()));
            List<PropertyValue> p = common(s.subject(), s.location(), start, end);
            p.add(PropertyValue.of(named.tag(PidLid.RECURRING), true));
            p.add(PropertyValue.of(named.tag(PidLid.APPOINTMENT_RECUR), WeeklyRecurrenceBlob.weekly(first, s.time(),
                    Duration.ofMinutes(s.minutes()), s.period(), occurrences)));
            String every = s.period() == 1 ? "every " : "every " + s.period() + " weeks on ";
            p.add(PropertyValue.of(named.tag(PidLid.RECURRENCE_PATTERN), every + name(s.day()) + " from "
                    + s.time() + " to " + s.time().plusMinutes(s.minutes()) + " (UTC), " + occurrences + " times"));
            store.createMessage(mailbox, folder, NewMessage.of(p));
        }
        return series.size();
    }

    private List<PropertyValue> common(String subject, String location, Instant start, Instant end) {
        List<PropertyValue> p = new ArrayList<>();
        p.add(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Appointment"));
        p.add(PropertyValue.of(PidTag.SUBJECT, subject));
        p.add(PropertyValue.of(PidTag.START_DATE, start));
        p.add(PropertyValue.of(PidTag.END_DATE, end));
        p.add(PropertyValue.of(PidTag.MESSAGE_FLAGS, PidTag.MSGFLAG_READ));
        p.add(PropertyValue.of(PidTag.SENT_REPRESENTING_NAME, mailbox.displayName()));
        p.add(PropertyValue.of(named.tag(PidLid.APPOINTMENT_START_WHOLE), start));
        p.add(PropertyValue.of(named.tag(PidLid.APPOINTMENT_END_WHOLE), end));
        p.add(PropertyValue.of(named.tag(PidLid.COMMON_START), start));
        p.add(PropertyValue.of(named.tag(PidLid.COMMON_END), end));
        p.add(PropertyValue.of(named.tag(PidLid.LOCATION), location));
        p.add(PropertyValue.of(named.tag(PidLid.APPOINTMENT_SUB_TYPE), false));
        p.add(PropertyValue.of(named.tag(PidLid.BUSY_STATUS), BUSY));
        return p;
    }

    private static String name(DayOfWeek day) {
        String n = day.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
