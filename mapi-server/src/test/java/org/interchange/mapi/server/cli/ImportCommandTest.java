package org.interchange.mapi.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.interchange.mapi.codec.http.ExecuteRequest;
import org.interchange.mapi.codec.http.ExecuteResponse;
import org.interchange.mapi.codec.property.PropertyName;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.RopGetPropertiesSpecificRequest;
import org.interchange.mapi.codec.rop.RopGetPropertiesSpecificResponse;
import org.interchange.mapi.codec.rop.RopGetPropertyIdsFromNamesRequest;
import org.interchange.mapi.codec.rop.RopGetPropertyIdsFromNamesResponse;
import org.interchange.mapi.codec.rop.RopLogonRequest;
import org.interchange.mapi.codec.rop.RopOpenAttachmentRequest;
import org.interchange.mapi.codec.rop.RopOpenMessageRequest;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopRequestBuffer;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopResponseBuffer;
import org.interchange.mapi.codec.rop.TableColumns;
import org.interchange.mapi.codec.rpc.ExtendedBuffers;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrenceReader;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrencePattern;
import org.interchange.mapi.server.rop.ExecuteProcessor;
import org.interchange.mapi.server.rop.HandleTable;
import org.interchange.mapi.server.rop.RopDispatcher;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.interchange.mapi.server.store.postgres.PostgresInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code interchange-server import} of calendars and contacts, read back as a MAPI client would. */
class ImportCommandTest {
    static final String CALENDAR = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Interchange//test//EN
            BEGIN:VEVENT
            UID:weekly-1
            DTSTAMP:20260101T000000Z
            DTSTART:20260105T090000Z
            DTEND:20260105T100000Z
            RRULE:FREQ=WEEKLY;COUNT=5
            SUMMARY:Team meeting
            CATEGORIES:Work,Travel
            END:VEVENT
            BEGIN:VEVENT
            UID:weekly-1
            RECURRENCE-ID:20260112T090000Z
            DTSTAMP:20260101T000000Z
            DTSTART:20260112T100000Z
            DTEND:20260112T110000Z
            SUMMARY:Team meeting
            DESCRIPTION:Moved an hour later
            END:VEVENT
            BEGIN:VEVENT
            UID:broken-1
            DTSTAMP:20260101T000000Z
            SUMMARY:No start
            END:VEVENT
            BEGIN:VTODO
            UID:todo-1
            DTSTAMP:20260101T000000Z
            SUMMARY:File taxes
            DUE:20260401T000000Z
            END:VTODO
            BEGIN:VJOURNAL
            UID:journal-1
            DTSTAMP:20260101T000000Z
            SUMMARY:Ideas
            DESCRIPTION:Write more tests
            END:VJOURNAL
            END:VCALENDAR
            """.replace("\n", "\r\n");
    static final byte[] PHOTO = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final String CONTACTS = """
            BEGIN:VCARD
            VERSION:3.0
            FN:Carol Jones
            N:Jones;Carol;;;
            EMAIL;TYPE=INTERNET:carol@example.org
            PHOTO;ENCODING=b;TYPE=PNG:%s
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            NOTE:a card that names nobody
            END:VCARD
            BEGIN:VCARD
            VERSION:4.0
            KIND:group
            FN:Team
            MEMBER:mailto:dave@example.org
            END:VCARD
            """.formatted(Base64.getEncoder().encodeToString(PHOTO)).replace("\n", "\r\n");

    @TempDir
    Path dir;
    private Path config;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void addUser() throws IOException {
        config = dir.resolve("server.conf");
        Files.writeString(config, "data.dir = data\n");
        Files.writeString(dir.resolve("pw"), "s3cret-passphrase\n");
        assertThat(run("user", "add", "alice", "--email", "alice@example.org", "--password-file",
                dir.resolve("pw").toString(), "-c", config.toString())).isZero();
        out.getBuffer().setLength(0);
    }

    @Test
    void importsCalendarsAndContactsIntoTheirFoldersWithTheMailboxsNamedPropertyIds() throws IOException {
        Path ics = write("events.ics", CALENDAR);
        Path vcf = write("contacts.vcf", CONTACTS);
        try (MailboxStore store = H2MailboxStore.open(dir.resolve("data"))) {
            Mailbox alice = store.findMailbox("alice").orElseThrow();
            // names another client mapped first: the import must use the mailbox's ids, not its own
            store.namedPropertyId(alice, org.interchange.mapi.server.store.PropertyName.ofName(
                    PidName.PS_PUBLIC_STRINGS, "x-custom"), true);
        }

        int exit = run("import", "--user", "alice", "--zone", "Europe/Berlin", "-c", config.toString(), ics.toString(),
                vcf.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).startsWith("imported 5, failed 2");
        assertThat(out.toString()).contains("(1 embedded message(s) or value(s) the store cannot hold left out)");
        assertThat(err.toString()).contains(ics + ": VEVENT UID broken-1 'No start': ")
                .contains(vcf + ": vCard 2: ");
        try (MailboxStore store = H2MailboxStore.open(dir.resolve("data"))) {
            Mailbox alice = store.findMailbox("alice").orElseThrow();
            assertThat(classes(store, alice, SpecialFolder.CALENDAR)).containsExactly("IPM.Appointment");
            assertThat(classes(store, alice, SpecialFolder.TASKS)).containsExactly("IPM.Task");
            assertThat(classes(store, alice, SpecialFolder.NOTES)).containsExactly("IPM.StickyNote");
            assertThat(classes(store, alice, SpecialFolder.CONTACTS))
                    .containsExactlyInAnyOrder("IPM.Contact", "IPM.DistList");
            assertThat(classes(store, alice, SpecialFolder.INBOX)).isEmpty();

            MapiReader client = new MapiReader(store, "alice");
            long calendar = alice.folderId(SpecialFolder.CALENDAR);
            MessageRecord event = store.messages(alice, calendar).getFirst();
            List<PropertyTag> named = client.tags(List.of(PidLid.APPOINTMENT_START_WHOLE, PidLid.APPOINTMENT_END_WHOLE,
                    PidLid.RECURRING, PidLid.APPOINTMENT_RECUR), PidName.KEYWORDS);
            List<PropertyValue> values = client.properties(calendar, event.mid(), -1,
                    concat(List.of(PidTag.SUBJECT), named));
            assertThat(values.get(0).asString()).isEqualTo("Team meeting");
            assertThat(values.get(1).asTime()).isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
            assertThat(values.get(2).asTime()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
            assertThat(values.get(3).asBoolean()).isTrue();
            AppointmentRecurrencePattern recurrence = AppointmentRecurrenceReader.read(values.get(4).asBytes());
            assertThat(recurrence.pattern().occurrenceCount()).isEqualTo(5);
            assertThat(recurrence.pattern().modifiedInstanceDates()).containsExactly(LocalDate.of(2026, 1, 12));
            assertThat(values.get(5).value()).isEqualTo(List.of("Work", "Travel"));

            long contacts = alice.folderId(SpecialFolder.CONTACTS);
            MessageRecord carol = store.messages(alice, contacts).stream()
                    .filter(m -> m.properties().contains(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Contact")))
                    .findFirst().orElseThrow();
            List<PropertyTag> contactTags = concat(List.of(PidTag.DISPLAY_NAME),
                    client.tags(List.of(PidLid.EMAIL1_EMAIL_ADDRESS, PidLid.HAS_PICTURE), null));
            List<PropertyValue> contact = client.properties(contacts, carol.mid(), -1, contactTags);
            assertThat(contact.get(0).asString()).isEqualTo("Carol Jones");
            assertThat(contact.get(1).asString()).isEqualTo("carol@example.org");
            assertThat(contact.get(2).asBoolean()).isTrue();
            List<PropertyValue> photo = client.properties(contacts, carol.mid(), 0,
                    List.of(PidTag.ATTACHMENT_CONTACT_PHOTO, PidTag.ATTACH_DATA_BINARY));
            assertThat(photo.get(0).asBoolean()).isTrue();
            assertThat(photo.get(1).asBytes()).isEqualTo(PHOTO);
        }
    }

    @Test
    void folderPutsEveryItemIntoTheNamedFolder() throws IOException {
        try (MailboxStore store = H2MailboxStore.open(dir.resolve("data"))) {
            Mailbox alice = store.findMailbox("alice").orElseThrow();
            store.createFolder(alice, alice.folderId(SpecialFolder.CONTACTS), "Friends", "IPF.Contact");
        }
        Path vcf = write("friends.vcf", CONTACTS);
        Path eml = write("note.eml", "From: dave@example.org\r\nSubject: Hello\r\nKeywords: Family\r\n\r\nHi\r\n");

        assertThat(run("import", "--user", "alice", "--folder", "contacts/friends", "-c", config.toString(),
                vcf.toString(), eml.toString())).isEqualTo(2);

        assertThat(out.toString()).startsWith("imported 3, failed 1");
        try (MailboxStore store = H2MailboxStore.open(dir.resolve("data"))) {
            Mailbox alice = store.findMailbox("alice").orElseThrow();
            long friends = FolderPath.resolve(store, alice, "Contacts/Friends");
            assertThat(store.messages(alice, friends)).hasSize(3);
            assertThat(store.messages(alice, alice.folderId(SpecialFolder.CONTACTS))).isEmpty();
            MessageRecord mail = store.messages(alice, friends).stream()
                    .filter(m -> m.properties().contains(PropertyValue.of(PidTag.SUBJECT, "Hello")))
                    .findFirst().orElseThrow();
            int keywords = store.namedPropertyId(alice, org.interchange.mapi.server.store.PropertyName.ofName(
                    PidName.PS_PUBLIC_STRINGS, "Keywords"), false).orElseThrow();
            assertThat(mail.properties()).contains(PropertyValue.of(
                    PropertyTag.of(keywords, PropertyType.MULTIPLE_STRING), List.of("Family")));
        }
    }

    @Test
    void aMissingFolderStopsTheImportBeforeAnythingIsStored() throws IOException {
        Path vcf = write("friends.vcf", CONTACTS);

        assertThat(run("import", "--user", "alice", "--folder", "Contacts/Nowhere", "-c", config.toString(),
                vcf.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("no folder \"Nowhere\"");
        try (MailboxStore store = H2MailboxStore.open(dir.resolve("data"))) {
            Mailbox alice = store.findMailbox("alice").orElseThrow();
            assertThat(store.messages(alice, alice.folderId(SpecialFolder.CONTACTS))).isEmpty();
        }
    }

    @Test
    void importsIntoThePostgresqlStoreTheConfigurationNames() throws Exception {
        try (PostgresInstance pg = PostgresInstance.start()) {
            Files.writeString(dir.resolve("db.pass"), pg.password() + "\n");
            Files.writeString(config, "data.dir = data\nstore.postgresql.url = " + pg.jdbcUrl()
                    + "\nstore.postgresql.user = " + pg.user() + "\nstore.postgresql.password-file = "
                    + dir.resolve("db.pass") + "\n");
            Path ics = write("events.ics", CALENDAR);

            assertThat(run("import", "--user", "alice", "--zone", "UTC", "-c", config.toString(), ics.toString()))
                    .isEqualTo(2);

            assertThat(out.toString()).startsWith("imported 3, failed 1");
            try (MailboxStore store = MailboxStores.open(org.interchange.mapi.server.config.ServerConfig.load(config))) {
                Mailbox alice = store.findMailbox("alice").orElseThrow();
                MessageRecord event = store.messages(alice, alice.folderId(SpecialFolder.CALENDAR)).getFirst();
                int start = store.namedPropertyId(alice, org.interchange.mapi.server.store.PropertyName.ofLid(
                        PidLid.PSETID_APPOINTMENT, PidLid.APPOINTMENT_START_WHOLE.lid()), false).orElseThrow();
                assertThat(event.properties()).contains(PropertyValue.of(PropertyTag.of(start, PropertyType.TIME),
                        Instant.parse("2026-01-05T09:00:00Z")));
            }
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static List<String> classes(MailboxStore store, Mailbox mailbox, SpecialFolder folder) {
        return store.messages(mailbox, mailbox.folderId(folder)).stream()
                .map(m -> m.properties().stream().filter(p -> p.tag().equals(PidTag.MESSAGE_CLASS)).findFirst()
                        .orElseThrow().asString()).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private int run(String... args) {
        return InterchangeServer.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    /** What a MAPI client sends to read an item: ROPs through the server's {@link ExecuteProcessor}. */
    private static final class MapiReader {
        private final ExecuteProcessor processor;
        private final String user;
        private final RopLogonRequest logon;

        MapiReader(MailboxStore store, String user) {
            this.processor = new ExecuteProcessor(RopDispatcher.standard(Clock.systemUTC()), store);
            this.user = user;
            this.logon = new RopLogonRequest(0, 0, RopLogonRequest.LOGON_FLAG_PRIVATE, 0, 0, UserDn.of(user));
        }

        /** The mailbox's tags for these names, as RopGetPropertyIdsFromNames gives their ids ([MS-OXCPRPT] 2.2.12). */
        List<PropertyTag> tags(List<PidLid> lids, PidName name) {
            List<PropertyName> names = new java.util.ArrayList<>(lids.stream()
                    .map(l -> PropertyName.ofId(l.propertySet(), l.lid())).toList());
            if (name != null) {
                names.add(PropertyName.ofName(name.propertySet(), name.name()));
            }
            var ids = ((RopGetPropertyIdsFromNamesResponse) run(List.of(logon,
                    new RopGetPropertyIdsFromNamesRequest(0, 0, 0, names)), 1).get(1)).propertyIds();
            assertThat(ids).as("every name is mapped in the mailbox").allMatch(id -> id >= 0x8000);
            List<PropertyTag> tags = new java.util.ArrayList<>();
            for (int i = 0; i < lids.size(); i++) {
                tags.add(PropertyTag.of(ids.get(i), lids.get(i).type()));
            }
            if (name != null) {
                tags.add(PropertyTag.of(ids.getLast(), name.type()));
            }
            return tags;
        }

        /** Properties of a message ({@code attachment} -1) or of one of its attachments, by RopGetPropertiesSpecific. */
        List<PropertyValue> properties(long fid, long mid, int attachment, List<PropertyTag> tags) {
            List<RopRequest> rops = new java.util.ArrayList<>(List.of(logon,
                    new RopOpenMessageRequest(0, 0, 1, 0x04B0, fid, 0, mid)));
            int handle = 1;
            if (attachment >= 0) {
                rops.add(new RopOpenAttachmentRequest(0, 1, 2, 0, attachment));
                handle = 2;
            }
            rops.add(new RopGetPropertiesSpecificRequest(0, handle, 0, 1, tags));
            List<RopResponse> out = run(rops, 3);
            List<PropertyValue> values = ((RopGetPropertiesSpecificResponse) out.getLast()).rowData().values();
            assertThat(values).as("no value is an error").noneMatch(PropertyValue::isError);
            return values;
        }

        private List<RopResponse> run(List<RopRequest> rops, int slots) {
            int[] handles = new int[slots];
            Arrays.fill(handles, HandleTable.NO_HANDLE);
            ExecuteRequest request = new ExecuteRequest(0, ExtendedBuffers.wrap(
                    new RopRequestBuffer(rops, handles).encode(), false, false), 0x8000, new byte[0]);
            ExecuteResponse response = processor.execute(request, user, new HandleTable());
            assertThat(response.errorCode()).isZero();
            return RopResponseBuffer.decode(ExtendedBuffers.unwrapSingle(response.ropBuffer()), rops,
                    TableColumns.none()).rops();
        }
    }
}
