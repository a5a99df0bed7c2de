package org.interchange.plugin.mapi.faults;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.SpecialFolder;

/**
 * A real MAPI/HTTP server on loopback with one small mailbox that a test changes between syncs.
 */
final class FaultServer implements AutoCloseable {
    static final String USER = "fault";
    static final String PASSWORD = "fault-password";
    static final List<SpecialFolder> MAIL = List.of(SpecialFolder.INBOX, SpecialFolder.SENT_ITEMS,
            SpecialFolder.DELETED_ITEMS);

    private final MailboxStore store;
    private final MapiHttpServer server;
    private final Mailbox mailbox;
    private int sequence;

    FaultServer(Path dir) {
        store = H2MailboxStore.open(dir);
        mailbox = store.createMailbox(USER, "Fault Tester", "fault@interchange.example");
        server = MapiHttpServer.builder().store(store).port(0).user(USER, PASSWORD).build().start();
    }

    URI emsmdbUri() {
        return server.emsmdbUri();
    }

    long folderId(SpecialFolder folder) {
        return mailbox.folderId(folder);
    }

    /** A new plain message in {@code folder}. */
    void addMessage(SpecialFolder folder, boolean read) {
        addMessage(folder, read, 0);
    }

    /** A new plain message in {@code folder} whose body has about {@code bodyBytes} more bytes of text. */
    void addMessage(SpecialFolder folder, boolean read, int bodyBytes) {
        int n = sequence++;
        List<PropertyValue> p = new ArrayList<>();
        p.add(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"));
        p.add(PropertyValue.of(PidTag.SUBJECT, "Message " + n));
        p.add(PropertyValue.of(PidTag.BODY, "Body of message " + n + "\r\n"
                + "All work and no play makes a dull sync. ".repeat(bodyBytes / 40)));
        p.add(PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n)));
        p.add(PropertyValue.of(PidTag.MESSAGE_FLAGS, read ? 1 : 0));
        store.createMessage(mailbox, folderId(folder), NewMessage.of(p));
    }

    /** One random change: a new message, a read flag, a deletion or a move. */
    void changeSomething(Random random) {
        SpecialFolder folder = MAIL.get(random.nextInt(MAIL.size()));
        List<MessageRecord> messages = store.messages(mailbox, folderId(folder));
        int what = messages.isEmpty() ? 0 : random.nextInt(4);
        switch (what) {
            case 0 -> addMessage(folder, random.nextBoolean());
            case 1 -> {
                MessageRecord m = messages.get(random.nextInt(messages.size()));
                store.setRead(mailbox, m.mid(), !m.isRead());
            }
            case 2 -> store.deleteMessages(mailbox, folderId(folder),
                    List.of(messages.get(random.nextInt(messages.size())).mid()));
            default -> {
                SpecialFolder to = MAIL.get((MAIL.indexOf(folder) + 1) % MAIL.size());
                store.moveMessages(mailbox, folderId(folder),
                        List.of(messages.get(random.nextInt(messages.size())).mid()), folderId(to), false);
            }
        }
    }

    /** Saves a new version of a message of {@code folder} with another subject, as another client's edit would. */
    void retitle(SpecialFolder folder, long mid, String subject) {
        store.saveMessage(mailbox, folderId(folder), mid, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT,
                subject), PropertyValue.of(PidTag.DISPLAY_NAME, subject))), false, null);
    }

    /** The mailbox's replica GUID, the namespace of the server's own source and change keys. */
    java.util.UUID replicaGuid() {
        return mailbox.replicaGuid();
    }

    /** The subfolders of {@code folder} as the store holds them. */
    List<org.interchange.mapi.server.store.FolderRecord> subfolders(SpecialFolder folder) {
        return store.childFolders(mailbox, folderId(folder));
    }

    /** The messages of the folder {@code fid}. */
    List<MessageRecord> messages(long fid) {
        return store.messages(mailbox, fid);
    }

    /** Deletes a message of {@code folder}, as another client would. */
    void delete(SpecialFolder folder, long mid) {
        store.deleteMessages(mailbox, folderId(folder), List.of(mid));
    }

    /** Registers named properties in the mailbox, as a mailbox Outlook has used holds them ([MS-OXCPRPT] 3.1.5.2.1). */
    void registerNamedProperties(List<org.interchange.mapi.objects.PidLid> lids) {
        for (org.interchange.mapi.objects.PidLid lid : lids) {
            store.namedPropertyId(mailbox, org.interchange.mapi.server.store.PropertyName.ofLid(lid.propertySet(),
                    lid.lid()), true);
        }
    }

    /** Tells the user's sessions that something changed, as the server's store does after a delivery. */
    void signalChange() {
        server.signalNotification(USER);
    }

    /** The messages of a folder as the store holds them. */
    List<MessageRecord> messages(SpecialFolder folder) {
        return store.messages(mailbox, folderId(folder));
    }

    /** Message id (as the plugin writes it) to subject and read state, of one folder. */
    Map<String, String> contents(SpecialFolder folder) {
        Map<String, String> contents = new TreeMap<>();
        for (MessageRecord m : store.messages(mailbox, folderId(folder))) {
            String subject = m.properties().stream().filter(v -> v.tag().equals(PidTag.SUBJECT))
                    .map(v -> String.valueOf(v.value())).findFirst().orElse("");
            contents.put(java.util.HexFormat.of().toHexDigits(m.mid()), subject + "/" + m.isRead());
        }
        return contents;
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
