package org.interchange.mapi.server.demo;

import java.time.Instant;
import java.util.Random;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.SpecialFolder;

/**
 * Fills a mailbox with reproducible demo content (same seed and {@code now}, same items): a few
 * hundred e-mails in Inbox, Inbox/Projects, Inbox/Newsletters and Sent Items, appointments
 * (single and weekly recurring, [MS-OXOCAL] 2.2.1.44), contacts, tasks and notes.
 */
public final class DemoDataGenerator {
    /** How many items of each kind were written. */
    public record Summary(int mails, int appointments, int contacts, int tasks, int notes) {
    }

    private final long seed;
    private final Instant now;

    public DemoDataGenerator(long seed, Instant now) {
        this.seed = seed;
        this.now = now;
    }

    public Summary fill(MailboxStore store, Mailbox mailbox) {
        Random random = new Random(seed);
        DemoNamedProperties named = new DemoNamedProperties(store, mailbox);
        long inbox = mailbox.folderId(SpecialFolder.INBOX);
        FolderRecord projects = store.createFolder(mailbox, inbox, "Projects", "IPF.Note");
        FolderRecord newsletters = store.createFolder(mailbox, inbox, "Newsletters", "IPF.Note");

        DemoMailWriter mail = new DemoMailWriter(store, mailbox, random, now);
        int mails = mail.threads(inbox, 70) + mail.meetingFollowUps(inbox, 20) + mail.orders(inbox, 12)
                + mail.reportsAndPhotos(inbox, 12) + mail.threads(projects.fid(), 12)
                + mail.buildNotifications(projects.fid(), 25) + mail.newsletters(newsletters.fid(), 35)
                + mail.sent(mailbox.folderId(SpecialFolder.SENT_ITEMS), 40);

        DemoCalendarWriter calendar = new DemoCalendarWriter(store, mailbox, named, random, now);
        long calendarFolder = mailbox.folderId(SpecialFolder.CALENDAR);
        int appointments = calendar.single(calendarFolder, 30) + calendar.weekly(calendarFolder);

        int contacts = new DemoContactsWriter(store, mailbox, named).write(mailbox.folderId(SpecialFolder.CONTACTS));
        DemoTasksAndNotesWriter other = new DemoTasksAndNotesWriter(store, mailbox, named, random, now);
        int tasks = other.tasks(mailbox.folderId(SpecialFolder.TASKS));
        int notes = other.notes(mailbox.folderId(SpecialFolder.NOTES));
        return new Summary(mails, appointments, contacts, tasks, notes);
    }
}
