package org.interchange.mapi.server.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.NewMessage;

/** Writes IPM.Task items ([MS-OXOTASK] 2.2.2) and IPM.StickyNote items ([MS-OXONOTE] 2.2.1). */
final class DemoTasksAndNotesWriter {
    private static final List<String> TASKS = List.of(
            "Renew passport", "Prepare slides for the sprint review", "Submit travel expenses",
            "Review Tom's pull request", "Book flights for the offsite", "Update the onboarding wiki",
            "Call the insurance about the car", "Write the Q4 self-assessment", "Order new monitor",
            "Clean up old feature flags", "Plan birthday party", "Read the architecture decision record");
    private static final List<String> NOTES = List.of(
            "Wi-Fi guest password\nnorthwind-guest / Autumn-2026",
            "Gift ideas\n- book on sourdough\n- concert tickets\n- new headphones",
            "Pizza order for Friday\n3 x Margherita, 2 x Funghi, 1 x vegan",
            "Parking: level -2, spot 114",
            "Questions for the 1:1\n- training budget\n- conference in spring\n- on-call rotation",
            "Book recommendations\nThe Mythical Man-Month; A Philosophy of Software Design",
            "Remember: water the plants on Tuesdays",
            "Licence key for the diagram tool is in the team vault");
    private static final int TASK_COMPLETE = 2;

    private final MailboxStore store;
    private final Mailbox mailbox;
    private final DemoNamedProperties named;
    private final Random random;
    private final Instant now;

    DemoTasksAndNotesWriter(MailboxStore store, Mailbox mailbox, DemoNamedProperties named, Random random,
            Instant now) {
        this.store = store;
        this.mailbox = mailbox;
        this.named = named;
        this.random = random;
        this.now = now;
    }

    int tasks(long folder) {
        for (String subject : TASKS) {
            int status = random.nextInt(5);
            double percent = status == TASK_COMPLETE ? 1.0 : status == 1 ? 0.25 * (1 + random.nextInt(3)) : 0.0;
            Instant start = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(random.nextInt(20)));
            Instant due = start.plus(Duration.ofDays(3 + random.nextInt(30)));
            List<PropertyValue> p = new ArrayList<>();
            p.add(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Task"));
            p.add(PropertyValue.of(PidTag.SUBJECT, subject));
            p.add(PropertyValue.of(PidTag.BODY, subject + ".\n"));
            p.add(PropertyValue.of(PidTag.MESSAGE_FLAGS, PidTag.MSGFLAG_READ));
            p.add(PropertyValue.of(named.tag(PidLid.TASK_STATUS), status));
            p.add(PropertyValue.of(named.tag(PidLid.PERCENT_COMPLETE), percent));
            p.add(PropertyValue.of(named.tag(PidLid.TASK_START_DATE), start));
            p.add(PropertyValue.of(named.tag(PidLid.TASK_DUE_DATE), due));
            p.add(PropertyValue.of(named.tag(PidLid.TASK_COMPLETE), status == TASK_COMPLETE));
            store.createMessage(mailbox, folder, NewMessage.of(p));
        }
        return TASKS.size();
    }

    int notes(long folder) {
        int color = 0;
        for (String text : NOTES) {
            List<PropertyValue> p = new ArrayList<>();
            p.add(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.StickyNote"));
            p.add(PropertyValue.of(PidTag.SUBJECT, text.lines().findFirst().orElse(text)));
            p.add(PropertyValue.of(PidTag.BODY, text));
            p.add(PropertyValue.of(PidTag.MESSAGE_FLAGS, PidTag.MSGFLAG_READ));
            p.add(PropertyValue.of(named.tag(PidLid.NOTE_COLOR), color++ % 5));
            store.createMessage(mailbox, folder, NewMessage.of(p));
        }
        return NOTES.size();
    }
}
