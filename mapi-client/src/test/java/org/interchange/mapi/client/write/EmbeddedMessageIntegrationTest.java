package org.interchange.mapi.client.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.interchange.mapi.client.AttachmentInfo;
import org.interchange.mapi.client.MapiMessage;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.MapiRecipient;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.ics.IcsDownload;
import org.interchange.mapi.client.ics.IcsDownloadOptions;
import org.interchange.mapi.client.ics.IcsEvent;
import org.interchange.mapi.client.ics.IcsMessage;
import org.interchange.mapi.client.testing.EmbeddedServerFixture;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.Test;

/**
 * Against the real server over loopback HTTP with an H2 store: embedded-message attachments
 * ([MS-OXCMSG] 2.2.2.9 afEmbeddedMessage, RopOpenEmbeddedMessage 3.1.4.12 / 3.2.5.15) written with
 * their own recipients and attachments and read back, and PidTagRecipientTrackStatus returned by
 * RopOpenMessage.
 */
class EmbeddedMessageIntegrationTest extends EmbeddedServerFixture {
    private static final int CORRUPT_DATA = 0x8004011B;
    private static final int NOT_FOUND = 0x8004010F;

    Mailbox alice;

    @Override
    protected void populate() {
        alice = store.createMailbox("alice", "Alice", "alice@example.org");
    }

    @Test
    void anEmbeddedMessageWithItsOwnAttachmentsIsWrittenAndReadBack() {
        long inbox = alice.folderId(SpecialFolder.INBOX);
        byte[] note = "note inside the forwarded mail".getBytes(StandardCharsets.UTF_8);
        MessageSpec deepest = MessageSpec.of(List.of(PropertyValue.of(PidTag.SUBJECT, "Deepest")));
        MessageSpec inner = MessageSpec.of(List.of(PropertyValue.of(PidTag.SUBJECT, "Inner"),
                        PropertyValue.of(PidTag.BODY, "inner body")))
                .withRecipients(List.of(RecipientSpec.to("Bob", "bob@example.org"),
                        new RecipientSpec(RecipientSpec.CC, "Carol", "carol@example.org")))
                .withAttachments(List.of(AttachmentSpec.file("note.txt", "text/plain", note),
                        AttachmentSpec.embedded("Deepest", deepest)));
        MessageSpec outer = MessageSpec.of(List.of(PropertyValue.of(PidTag.SUBJECT, "Outer")))
                .withRecipients(List.of(RecipientSpec.to("Dave", "dave@example.org")))
                .withAttachments(List.of(AttachmentSpec.file("a.bin", null, new byte[] {1, 2, 3}),
                        AttachmentSpec.embedded("Inner", inner)));
        try (MapiSession session = MapiSession.connect(server.emsmdbUri(), "alice", "secret".toCharArray())) {
            long mid = session.writer().createMessage(inbox, outer);

            try (MapiMessage m = session.openMessage(inbox, mid)) {
                assertThat(m.attachments()).extracting(AttachmentInfo::method)
                        .containsExactly(AttachmentInfo.METHOD_BY_VALUE, AttachmentInfo.METHOD_EMBEDDED_MESSAGE);
                AttachmentInfo embedded = m.attachments().get(1);
                assertThat(embedded.fileName()).isEqualTo("Inner");
                assertThat(embedded.mimeType()).isEqualTo("message/rfc822");
                try (MapiMessage e = m.openEmbeddedMessage(embedded.attachNumber())) {
                    assertThat(e.properties().string(PidTag.SUBJECT)).isEqualTo("Inner");
                    assertThat(e.body()).contains("inner body");
                    assertThat(e.recipients()).containsExactly(
                            new MapiRecipient(MapiRecipient.TO, "Bob", "bob@example.org", "SMTP"),
                            new MapiRecipient(MapiRecipient.CC, "Carol", "carol@example.org", "SMTP"));
                    assertThat(e.recipientsComplete()).isTrue();
                    assertThat(e.attachments()).extracting(AttachmentInfo::fileName)
                            .containsExactly("note.txt", "Deepest");
                    assertThat(e.attachmentData(e.attachments().get(0).attachNumber())).isEqualTo(note);
                    try (MapiMessage d = e.openEmbeddedMessage(e.attachments().get(1).attachNumber())) {
                        assertThat(d.properties().string(PidTag.SUBJECT)).isEqualTo("Deepest");
                        assertThat(d.attachments()).isEmpty();
                    }
                }
                assertThat(m.attachmentData(m.attachments().get(0).attachNumber())).containsExactly(1, 2, 3);
            }
        }
    }

    @Test
    void anIcsDownloadCarriesTheEmbeddedMessageAsAnElementNotAsStoredBytes() {
        long inbox = alice.folderId(SpecialFolder.INBOX);
        MessageSpec inner = MessageSpec.of(List.of(PropertyValue.of(PidTag.SUBJECT, "Inner")))
                .withAttachments(List.of(AttachmentSpec.file("n.txt", "text/plain", new byte[] {4})));
        try (MapiSession session = MapiSession.connect(server.emsmdbUri(), "alice", "secret".toCharArray())) {
            session.writer().createMessage(inbox, MessageSpec.of(List.of(PropertyValue.of(PidTag.SUBJECT, "Outer")))
                    .withAttachments(List.of(AttachmentSpec.embedded("Inner", inner))));
            List<IcsMessage> messages = new java.util.ArrayList<>();
            try (IcsDownload download = session.downloadContents(inbox, new byte[0], IcsDownloadOptions.defaults())) {
                while (download.hasNext()) {
                    for (IcsEvent event : download.next().events()) {
                        if (event instanceof IcsEvent.MessageChanged changed) {
                            messages.add(changed.message());
                        }
                    }
                }
            }
            assertThat(messages).singleElement().satisfies(m -> {
                assertThat(m.attachments()).singleElement().satisfies(a -> {
                    assertThat(a.number(PidTag.ATTACH_METHOD, 0)).isEqualTo(AttachmentInfo.METHOD_EMBEDDED_MESSAGE);
                    assertThat(a.values()).noneMatch(v -> v.tag().id() == PidTag.ATTACH_DATA_OBJECT.id());
                });
            });
        }
    }

    @Test
    void aFileAttachmentHasNoEmbeddedMessage() {
        long inbox = alice.folderId(SpecialFolder.INBOX);
        try (MapiSession session = MapiSession.connect(server.emsmdbUri(), "alice", "secret".toCharArray())) {
            long mid = session.writer().createMessage(inbox, MessageSpec.of(List.of(PropertyValue.of(PidTag.SUBJECT,
                    "file"))).withAttachments(List.of(AttachmentSpec.file("a.txt", "text/plain", new byte[] {7}))));
            try (MapiMessage m = session.openMessage(inbox, mid)) {
                assertThatThrownBy(() -> m.openEmbeddedMessage(m.attachments().get(0).attachNumber()))
                        .isInstanceOfSatisfying(MapiOperationException.class,
                                e -> assertThat(e.errorCode()).isEqualTo(NOT_FOUND));
            }
        }
    }

    @Test
    void aForwardedMessageOfAnEmlIsStoredAsAnEmbeddedMessage() {
        String eml = String.join("\r\n",
                "From: Alice <alice@example.org>", "To: Bob <bob@example.org>", "Subject: Fwd: Report",
                "Date: Sun, 29 Nov 2026 10:00:00 +0000", "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"outer\"", "",
                "--outer", "Content-Type: text/plain; charset=utf-8", "", "See below.",
                "--outer", "Content-Type: message/rfc822", "Content-Disposition: attachment; filename=\"report.eml\"", "",
                "From: Carol <carol@example.org>", "To: Alice <alice@example.org>", "Subject: Report",
                "MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=\"inner\"", "",
                "--inner", "Content-Type: text/plain; charset=utf-8", "", "Numbers attached.",
                "--inner", "Content-Type: text/csv", "Content-Disposition: attachment; filename=\"q4.csv\"", "",
                "a,b", "--inner--", "--outer--", "");
        org.interchange.mapi.objects.mime.MapiMessage converted = org.interchange.mapi.objects.mime.MimeMessageReader
                .readEml(eml.getBytes(StandardCharsets.UTF_8), org.interchange.mapi.objects.NamedPropertyIds.NONE);
        long inbox = alice.folderId(SpecialFolder.INBOX);
        try (MapiSession session = MapiSession.connect(server.emsmdbUri(), "alice", "secret".toCharArray())) {
            long mid = session.writer().createMessage(inbox, MimeMessageSpecs.of(converted));

            try (MapiMessage m = session.openMessage(inbox, mid)) {
                assertThat(m.properties().string(PidTag.SUBJECT)).isEqualTo("Fwd: Report");
                AttachmentInfo forwarded = m.attachments().get(0);
                assertThat(forwarded.method()).isEqualTo(AttachmentInfo.METHOD_EMBEDDED_MESSAGE);
                assertThat(forwarded.fileName()).isEqualTo("report.eml");
                try (MapiMessage e = m.openEmbeddedMessage(forwarded.attachNumber())) {
                    assertThat(e.properties().string(PidTag.SUBJECT)).isEqualTo("Report");
                    assertThat(e.body()).hasValueSatisfying(b -> assertThat(b).contains("Numbers attached."));
                    assertThat(e.recipients()).extracting(MapiRecipient::address).containsExactly("alice@example.org");
                    assertThat(e.attachments()).extracting(AttachmentInfo::fileName).containsExactly("q4.csv");
                    assertThat(new String(e.attachmentData(e.attachments().get(0).attachNumber()),
                            StandardCharsets.UTF_8)).startsWith("a,b");
                }
            }
        }
    }

    @Test
    void malformedStoredEmbeddedMessageGivesCorruptData() {
        long inbox = alice.folderId(SpecialFolder.INBOX);
        byte[] garbage = {1, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 9};
        AttachmentSpec planted = new AttachmentSpec("bad", "message/rfc822", new byte[0],
                List.of(PropertyValue.of(PidTag.ATTACH_DATA_OBJECT, garbage)));
        try (MapiSession session = MapiSession.connect(server.emsmdbUri(), "alice", "secret".toCharArray())) {
            long mid = session.writer().createMessage(inbox, MessageSpec.of(List.of(PropertyValue.of(PidTag.SUBJECT,
                    "bad"))).withAttachments(List.of(planted)));
            try (MapiMessage m = session.openMessage(inbox, mid)) {
                assertThatThrownBy(() -> m.openEmbeddedMessage(m.attachments().get(0).attachNumber()))
                        .isInstanceOfSatisfying(MapiOperationException.class,
                                e -> assertThat(e.errorCode()).isEqualTo(CORRUPT_DATA));
                assertThat(m.attachmentData(m.attachments().get(0).attachNumber())).isEmpty();
            }
        }
    }

    @Test
    void openMessageReturnsRecipientTrackStatus() {
        long calendar = alice.folderId(SpecialFolder.CALENDAR);
        try (MapiSession session = MapiSession.connect(server.emsmdbUri(), "alice", "secret".toCharArray())) {
            long mid = session.writer().createMessage(calendar, MessageSpec.of(List.of(
                            PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Appointment"), PropertyValue.of(PidTag.SUBJECT, "Plan")))
                    .withRecipients(List.of(RecipientSpec.to("Bob", "bob@example.org").withTrackStatus(3),
                            RecipientSpec.to("Carol", "carol@example.org"))));
            try (MapiMessage m = session.openMessage(calendar, mid)) {
                assertThat(m.recipients()).extracting(MapiRecipient::address, MapiRecipient::trackStatus)
                        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("bob@example.org", 3),
                                org.assertj.core.groups.Tuple.tuple("carol@example.org", 0));
            }
        }
    }
}
