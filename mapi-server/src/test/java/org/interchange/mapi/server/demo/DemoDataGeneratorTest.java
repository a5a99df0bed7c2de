package org.interchange.mapi.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.AttachmentRecord;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.PropertyName;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataGeneratorTest {
    static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    @TempDir
    static Path dir;
    static MailboxStore store;
    static Mailbox box;
    static DemoDataGenerator.Summary summary;

    @BeforeAll
    static void fill() {
        store = H2MailboxStore.open(dir);
        box = store.createMailbox("demo", "Alex Demo", "alex.demo@interchange.example");
        summary = new DemoDataGenerator(7, NOW).fill(store, box);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void writesAFewHundredMailsAcrossFolders() {
        long inbox = box.folderId(SpecialFolder.INBOX);
        List<FolderRecord> subfolders = store.childFolders(box, inbox);
        int inInbox = store.counts(box, inbox).total();
        int inSubfolders = subfolders.stream().mapToInt(f -> store.counts(box, f.fid()).total()).sum();
        int sent = store.counts(box, box.folderId(SpecialFolder.SENT_ITEMS)).total();

        assertThat(subfolders).extracting(FolderRecord::displayName).containsExactly("Newsletters", "Projects");
        assertThat(inInbox + inSubfolders + sent).isEqualTo(summary.mails()).isBetween(200, 500);
        assertThat(sent).isEqualTo(40);
        assertThat(store.counts(box, inbox).unread()).isPositive().isLessThan(inInbox);
        assertThat(store.messages(box, inbox)).allSatisfy(m -> assertThat(m.received()).isBeforeOrEqualTo(NOW));
        assertThat(store.messages(box, inbox)).extracting(m -> string(m, PidTag.SUBJECT))
                .anyMatch(s -> s.startsWith("RE: ")).anyMatch(s -> s.startsWith("Follow-up: "))
                .anyMatch(s -> s.startsWith("Your order "));
    }

    @Test
    void attachmentsAreRealFiles() throws Exception {
        List<AttachmentRecord> all = store.messages(box, box.folderId(SpecialFolder.INBOX)).stream()
                .filter(MessageRecord::hasAttachments).flatMap(m -> store.attachments(box, m.mid()).stream()).toList();

        byte[] png = data(all, "sunset.png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(32);
        String pdf = new String(data(all, ".pdf"), StandardCharsets.ISO_8859_1);
        int xref = Integer.parseInt(pdf.substring(pdf.indexOf("startxref\n") + 10, pdf.lastIndexOf("\n%%EOF")));
        assertThat(pdf).startsWith("%PDF-1.4");
        assertThat(pdf.substring(xref)).startsWith("xref");
        assertThat(new String(data(all, "sales.csv"), StandardCharsets.UTF_8)).startsWith("region,units,revenue_eur\n");
    }

    @Test
    void calendarHoldsSingleAndRecurringAppointments() {
        List<MessageRecord> items = store.messages(box, box.folderId(SpecialFolder.CALENDAR));
        PropertyTag recurring = named(PidLid.RECURRING);
        PropertyTag blob = named(PidLid.APPOINTMENT_RECUR);

        assertThat(items).hasSize(summary.appointments());
        assertThat(items).allSatisfy(m -> assertThat(string(m, PidTag.MESSAGE_CLASS)).isEqualTo("IPM.Appointment"));
        List<MessageRecord> series = items.stream().filter(m -> value(m, recurring).map(v -> v.asBoolean())
                .orElse(false)).toList();
        assertThat(series).hasSize(4).allSatisfy(m -> assertThat(value(m, blob)).isPresent());
    }

    @Test
    void contactsTasksAndNotesUseTheirClassesAndNamedProperties() {
        PropertyTag email = named(PidLid.EMAIL1_EMAIL_ADDRESS);
        PropertyTag color = named(PidLid.NOTE_COLOR);
        PropertyTag status = named(PidLid.TASK_STATUS);

        assertThat(store.messages(box, box.folderId(SpecialFolder.CONTACTS))).hasSize(summary.contacts())
                .allSatisfy(m -> assertThat(value(m, email).orElseThrow().asString()).contains("@"));
        assertThat(store.messages(box, box.folderId(SpecialFolder.TASKS))).hasSize(summary.tasks())
                .allSatisfy(m -> assertThat(value(m, status).orElseThrow().asInt()).isBetween(0, 4));
        assertThat(store.messages(box, box.folderId(SpecialFolder.NOTES))).hasSize(summary.notes())
                .allSatisfy(m -> assertThat(string(m, PidTag.MESSAGE_CLASS)).isEqualTo("IPM.StickyNote"))
                .allSatisfy(m -> assertThat(value(m, color)).isPresent());
    }

    @Test
    void sameSeedGivesTheSameContent(@TempDir Path other) {
        try (MailboxStore second = H2MailboxStore.open(other)) {
            Mailbox box2 = second.createMailbox("demo", "Alex Demo", "alex.demo@interchange.example");
            new DemoDataGenerator(7, NOW).fill(second, box2);

            long inbox = box.folderId(SpecialFolder.INBOX);
            assertThat(second.messages(box2, box2.folderId(SpecialFolder.INBOX)))
                    .extracting(m -> string(m, PidTag.SUBJECT))
                    .containsExactlyElementsOf(store.messages(box, inbox).stream().map(m -> string(m, PidTag.SUBJECT))
                            .toList());
        }
    }

    private static PropertyTag named(PidLid lid) {
        int id = store.namedPropertyId(box, PropertyName.ofLid(lid.propertySet(), lid.lid()), false).orElseThrow();
        return PropertyTag.of(id, lid.type());
    }

    private static Optional<PropertyValue> value(MessageRecord m, PropertyTag tag) {
        return m.properties().stream().filter(p -> p.tag().equals(tag)).findFirst();
    }

    private static String string(MessageRecord m, PropertyTag tag) {
        return value(m, tag).map(PropertyValue::asString).orElse(null);
    }

    private static byte[] data(List<AttachmentRecord> all, String nameEnd) {
        return all.stream().filter(a -> a.properties().stream().anyMatch(p -> p.tag().equals(PidTag.ATTACH_LONG_FILENAME)
                && p.asString().endsWith(nameEnd))).findFirst().orElseThrow().properties().stream()
                .filter(p -> p.tag().equals(PidTag.ATTACH_DATA_BINARY)).findFirst().orElseThrow().asBytes();
    }
}
