package org.interchange.mapi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.server.demo.DemoMailbox;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.NewMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against the real mapi-server on loopback, with the demo mailbox in an H2 file store. */
class MapiServerIntegrationTest {
    @TempDir
    static Path dir;
    static final String BIG_BODY = "A long body line that keeps going. ".repeat(2500);
    static final byte[] BIG_HTML = ("<html><body>" + "<p>paragraph</p>".repeat(4000) + "</body></html>")
            .getBytes(StandardCharsets.UTF_8);
    static final byte[] BIG_ATTACHMENT = new byte[150_000];
    static MailboxStore store;
    static MapiHttpServer server;
    static long bigMessageId;

    @BeforeAll
    static void start() {
        store = H2MailboxStore.open(dir);
        org.interchange.mapi.server.store.Mailbox demo = DemoMailbox.ensure(store, Instant.parse("2026-11-29T12:00:00Z"));
        new Random(7).nextBytes(BIG_ATTACHMENT);
        bigMessageId = store.createMessage(demo, demo.folderId(org.interchange.mapi.server.store.SpecialFolder.INBOX),
                new NewMessage(List.of(
                        PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"),
                        PropertyValue.of(PidTag.SUBJECT, "Quarterly archive"),
                        PropertyValue.of(PidTag.BODY, BIG_BODY),
                        PropertyValue.of(PidTag.HTML, BIG_HTML),
                        PropertyValue.of(PidTag.HAS_ATTACHMENTS, true)),
                        List.of(List.of(PropertyValue.of(PidTag.RECIPIENT_TYPE, MapiRecipient.TO),
                                PropertyValue.of(PidTag.DISPLAY_NAME, "Robin Reader"),
                                PropertyValue.of(PidTag.ADDRESS_TYPE, "SMTP"),
                                PropertyValue.of(PidTag.EMAIL_ADDRESS, "robin@interchange.example"),
                                PropertyValue.of(PidTag.SMTP_ADDRESS, "robin@interchange.example"))),
                        List.of(List.of(PropertyValue.of(PidTag.ATTACH_METHOD, AttachmentInfo.METHOD_BY_VALUE),
                                PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, "archive.bin"),
                                PropertyValue.of(PidTag.ATTACH_MIME_TAG, "application/octet-stream"),
                                PropertyValue.of(PidTag.ATTACH_DATA_BINARY, BIG_ATTACHMENT))))).mid();
        server = MapiHttpServer.builder().store(store).user(DemoMailbox.USER, "secret").build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static MapiSession connect() {
        return MapiSession.connect(server.emsmdbUri(), DemoMailbox.USER, "secret".toCharArray(),
                MapiSessionOptions.builder().pageSize(20).readTimeout(Duration.ofSeconds(20)).build());
    }

    @Test
    void walksTheMailboxAndReadsAMessageWithItsAttachment() {
        try (MapiSession session = connect()) {
            assertThat(session.displayName()).isEqualTo(DemoMailbox.DISPLAY_NAME);
            Mailbox mailbox = session.logon();
            long inboxId = mailbox.folderId(SpecialFolder.INBOX);

            List<FolderInfo> folders = session.folderHierarchy();
            FolderInfo inbox = folders.stream().filter(f -> f.folderId() == inboxId).findFirst().orElseThrow();
            assertThat(inbox.parentFolderId()).isEqualTo(mailbox.folderId(SpecialFolder.IPM_SUBTREE));
            assertThat(inbox.depth()).isZero();
            assertThat(inbox.hasSubfolders()).isTrue();
            assertThat(folders).anySatisfy(f -> {
                assertThat(f.parentFolderId()).isEqualTo(inboxId);
                assertThat(f.depth()).isEqualTo(1);
            });
            assertThat(folders).extracting(FolderInfo::containerClass).contains("IPF.Appointment", "IPF.Contact");

            List<PropertyBag> rows = new ArrayList<>();
            int pages = 0;
            try (MapiTable table = session.contentsTable(inboxId,
                    List.of(PidTag.MID, PidTag.SUBJECT, PidTag.MESSAGE_FLAGS, PidTag.HAS_ATTACHMENTS))) {
                for (List<PropertyBag> page = table.nextPage(); !page.isEmpty(); page = table.nextPage()) {
                    assertThat(page.size()).isLessThanOrEqualTo(20);
                    rows.addAll(page);
                    pages++;
                }
                assertThat((long) rows.size()).isEqualTo(table.rowCount());
            }
            assertThat(rows.size()).isEqualTo(inbox.contentCount());
            assertThat(pages).isGreaterThan(1);
            assertThat(rows).allSatisfy(r -> assertThat(r.string(PidTag.SUBJECT)).isNotBlank());

            PropertyBag withAttachment = rows.stream().filter(r -> r.flag(PidTag.HAS_ATTACHMENTS)).findFirst()
                    .orElseThrow();
            try (MapiMessage message = session.openMessage(inboxId, withAttachment.number(PidTag.MID, 0))) {
                assertThat(message.properties().string(PidTag.SUBJECT))
                        .isEqualTo(withAttachment.string(PidTag.SUBJECT));
                assertThat(message.body()).hasValueSatisfying(b -> assertThat(b).isNotBlank());
                assertThat(message.attachments()).isNotEmpty();
                AttachmentInfo attachment = message.attachments().getFirst();
                assertThat(attachment.fileName()).isNotBlank();
                byte[] data = message.attachmentData(attachment.attachNumber());
                assertThat(data).isNotEmpty();
                if (attachment.size() > 0 && attachment.fileName().endsWith(".pdf")) {
                    assertThat(new String(data, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
                }
            }
        }
    }

    @Test
    void setReadFlagsReachesTheStoreAndReportsIdsOutsideTheFolder() {
        org.interchange.mapi.server.store.Mailbox demo = store.findMailbox(DemoMailbox.USER).orElseThrow();
        long contactMid = store.messages(demo, demo.folderId(org.interchange.mapi.server.store.SpecialFolder.CONTACTS))
                .getFirst().mid();
        try (MapiSession session = connect()) {
            long inboxId = session.logon().folderId(SpecialFolder.INBOX);
            assertThat(session.setReadFlags(inboxId, List.of(bigMessageId), true)).isTrue();
            assertThat(readBit(inboxId, bigMessageId)).isTrue();
            assertThat(session.setReadFlags(inboxId, List.of(bigMessageId, contactMid), false)).isFalse();
            assertThat(readBit(inboxId, bigMessageId)).isFalse();
            assertThat(session.setReadFlags(inboxId, List.of(), true)).isTrue();
        }
    }

    /** The read bit of PidTagMessageFlags as a fresh session's contents table shows it. */
    private static boolean readBit(long folderId, long messageId) {
        try (MapiSession session = connect();
             MapiTable table = session.contentsTable(folderId, List.of(PidTag.MID, PidTag.MESSAGE_FLAGS))) {
            for (List<PropertyBag> page = table.nextPage(); !page.isEmpty(); page = table.nextPage()) {
                for (PropertyBag row : page) {
                    if (row.number(PidTag.MID, 0) == messageId) {
                        return (row.number(PidTag.MESSAGE_FLAGS, 0) & PidTag.MSGFLAG_READ) != 0;
                    }
                }
            }
        }
        throw new AssertionError("message 0x" + Long.toHexString(messageId) + " is not in the folder");
    }

    @Test
    void largeBodiesAndAttachmentsComeThroughStreams() {
        try (MapiSession session = connect()) {
            long inboxId = session.logon().folderId(SpecialFolder.INBOX);
            try (MapiMessage message = session.openMessage(inboxId, bigMessageId)) {
                assertThat(message.properties().string(PidTag.SUBJECT)).isEqualTo("Quarterly archive");
                assertThat(message.body()).contains(BIG_BODY);
                assertThat(message.html()).hasValueSatisfying(h -> assertThat(h).isEqualTo(BIG_HTML));
                assertThat(message.recipients()).extracting(MapiRecipient::displayName, MapiRecipient::address)
                        .containsExactly(tuple("Robin Reader", "robin@interchange.example"));
                AttachmentInfo attachment = message.attachments().getFirst();
                assertThat(attachment.fileName()).isEqualTo("archive.bin");
                assertThat(message.attachmentData(attachment.attachNumber())).isEqualTo(BIG_ATTACHMENT);
            }
        }
    }

    @Test
    void wrongPasswordIsAnAuthenticationFailure() {
        assertThatThrownBy(() -> MapiSession.connect(server.emsmdbUri(), DemoMailbox.USER, "wrong".toCharArray()))
                .isInstanceOf(MapiAuthenticationException.class);
    }
}
