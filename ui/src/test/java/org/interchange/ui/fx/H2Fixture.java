package org.interchange.ui.fx;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.ItemBatch;
import org.interchange.cache.spi.RemoteAttachment;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.RemoteItem;

/** A real H2 cache in a temporary directory, filled through the backend storage port as a sync would. */
final class H2Fixture {
    static final String ACCOUNT = "work";

    private H2Fixture() {
    }

    /** @param remoteImageUrl the address of an image the script-and-tracker mail tries to load */
    static H2CacheStore seeded(Path dir, String remoteImageUrl) {
        H2CacheStore store = H2CacheStore.open(dir);
        store.saveAccount(new AccountInfo(ACCOUNT, "alice@example.org", "mapi", "https://mail.example.org", "alice"));
        BackendStorage storage = store.storage(ACCOUNT);
        storage.replaceFolders(List.of(
                new RemoteFolder("tasks", null, "Tasks", FolderKind.TASKS),
                new RemoteFolder("sent", null, "Sent Items", FolderKind.MAIL),
                new RemoteFolder("projects", "inbox", "Projects", FolderKind.MAIL),
                new RemoteFolder("calendar", null, "Calendar", FolderKind.CALENDAR),
                new RemoteFolder("inbox", null, "Inbox", FolderKind.MAIL),
                new RemoteFolder("contacts", null, "Contacts", FolderKind.CONTACTS),
                new RemoteFolder("notes", null, "Notes", FolderKind.NOTES),
                new RemoteFolder("deleted", null, "Deleted Items", FolderKind.MAIL)));
        Instant now = Instant.now();
        fill(storage, "inbox",
                mail("m1", "Quarterly numbers", "Bob Builder <bob@example.org>", now.minusSeconds(600), false,
                        "Hello from the body.\nThe numbers are in.", null, List.of(
                                new RemoteAttachment("numbers.xlsx", "application/vnd.ms-excel", null,
                                        new byte[2048]))),
                mail("m2", "Script and tracker", "Mallory <mallory@example.org>", now.minusSeconds(3600), false, null,
                        "<p id='p'>Safe text</p>"
                                + "<script>document.title='pwned';document.getElementById('p').textContent='SCRIPT RAN'"
                                + "</script><img src=x onerror=\"document.title='pwned2'\">"
                                + "<img id='tracker' src='" + remoteImageUrl + "'>"
                                + "<div style=\"background:url(" + remoteImageUrl + "?css)\">styled</div>",
                        List.of()),
                mail("m3", "Lunch on Friday?", "Carol <carol@example.org>", now.minusSeconds(86_400 * 2), true,
                        "Shall we?", null, List.of()),
                mail("m4", "Release notes 0.1", "Dave <dave@example.org>", now.minusSeconds(86_400 * 9), true, null,
                        "<h2>Interchange 0.1</h2><p>Now with an <b>offline cache</b>.</p>"
                                + "<blockquote>Quoted text</blockquote>", List.of()));
        fill(storage, "projects", mail("p1", "Project kickoff", "Erin <erin@example.org>", now.minusSeconds(7200),
                false, "Agenda attached.", null, List.of()));
        fill(storage, "sent", mail("s1", "Re: Lunch on Friday?", "alice@example.org", now.minusSeconds(86_000),
                true, "Yes!", null, List.of()));
        fill(storage, "calendar", new RemoteItem("c1", "1", ItemKind.APPOINTMENT, "Team standup", "Bob", "Alice; Carol",
                now.plusSeconds(86_400), now.plusSeconds(86_400 + 900), 500, true, false, "Daily sync", null,
                Map.of(ItemFields.LOCATION, "Room 4", ItemFields.RECURRENCE, "FREQ=DAILY"), List.of(), null));
        fill(storage, "contacts", new RemoteItem("k1", "1", ItemKind.CONTACT, "Ada Lovelace", null, null,
                now, null, 300, true, false, null, null,
                Map.of(ItemFields.EMAIL, "ada@example.org", ItemFields.COMPANY, "Analytical Engines",
                        ItemFields.BUSINESS_PHONE, "+44 20 7946 0000"), List.of(), null));
        fill(storage, "tasks", new RemoteItem("t1", "1", ItemKind.TASK, "Write the user guide", null, null,
                now.plusSeconds(86_400 * 3), null, 300, true, false, "Chapters 1-3", null,
                Map.of(ItemFields.TASK_STATUS, "1", ItemFields.PERCENT_COMPLETE, "0.4"), List.of(), null));
        fill(storage, "notes", new RemoteItem("n1", "1", ItemKind.NOTE, "", null, null, now, null, 100, true, false,
                "Parking level 3\nspot 42", null, Map.of(ItemFields.NOTE_COLOR, "3"), List.of(), null));
        return store;
    }

    /** Adds Drafts and Outbox folders (with their roles) and a contact with an address, for composing. */
    static void addComposeFolders(H2CacheStore store) {
        BackendStorage storage = store.storage(ACCOUNT);
        java.util.List<RemoteFolder> all = new java.util.ArrayList<>();
        for (var f : store.folders(ACCOUNT)) {
            all.add(new RemoteFolder(f.serverId(), f.parentServerId(), f.displayName(), f.kind(), f.role()));
        }
        all.add(new RemoteFolder("drafts", null, "Drafts", FolderKind.MAIL, org.interchange.cache.api.FolderRole.DRAFTS));
        all.add(new RemoteFolder("outbox", null, "Outbox", FolderKind.MAIL, org.interchange.cache.api.FolderRole.OUTBOX));
        storage.replaceFolders(all);
        fill(storage, "contacts", new RemoteItem("k2", "1", ItemKind.CONTACT, "Grace Hopper", null, null,
                Instant.now(), null, 300, true, false, null, null, Map.of(ItemFields.EMAIL, "grace@example.org"),
                List.of(), null));
    }

    static RemoteItem mail(String id, String subject, String sender, Instant date, boolean read, String text,
                                   String html, List<RemoteAttachment> attachments) {
        return new RemoteItem(id, "1", ItemKind.MAIL, subject, sender, "Alice <alice@example.org>", date, null,
                4096 + subject.length() * 100L, read, id.equals("m3"), text, html, Map.of(), attachments, null);
    }

    static void fill(BackendStorage storage, String folder, RemoteItem... items) {
        try (ItemBatch batch = storage.folder(folder).beginBatch()) {
            for (RemoteItem item : items) {
                batch.upsert(item);
            }
            batch.commit();
        }
    }
}
