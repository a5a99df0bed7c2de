package org.interchange.mapi.client.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.testing.EmbeddedServerFixture;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.store.AttachmentRecord;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.Test;

/** The client's write API against the real server on loopback with an H2 store. */
class MailboxWriterIntegrationTest extends EmbeddedServerFixture {
    Mailbox alice;
    Mailbox bob;

    @Override
    protected void populate() {
        alice = store.createMailbox("alice", "Alice", "alice@example.org");
        bob = store.createMailbox("bob", "Bob", "bob@example.org");
    }

    @Override
    protected MapiHttpServer.Builder configure(MapiHttpServer.Builder builder) {
        return builder.users(Map.of("alice", "secret", "bob", "secret"));
    }

    private static String value(MessageRecord m, org.interchange.mapi.codec.property.PropertyTag tag) {
        return m.properties().stream().filter(v -> v.tag().id() == tag.id()).map(v -> String.valueOf(v.value()))
                .findFirst().orElse(null);
    }

    @Test
    void createsAMessageWithRecipientsAndStreamedBodyAndAttachment() {
        String body = "A long line of body text. ".repeat(6000);
        byte[] data = new byte[200_000];
        new Random(5).nextBytes(data);
        long drafts = alice.folderId(SpecialFolder.DRAFTS);
        try (MapiSession session = connect()) {
            long mid = session.writer().createMessage(drafts, MessageSpec.of(List.of(
                            PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"), PropertyValue.of(PidTag.SUBJECT, "Plans"),
                            PropertyValue.of(PidTag.BODY, body)))
                    .withRecipients(List.of(RecipientSpec.to("Bob", "bob@example.org"),
                            new RecipientSpec(RecipientSpec.CC, "Carol", "carol@example.net")))
                    .withAttachments(List.of(AttachmentSpec.file("data.bin", null, data))));

            MessageRecord stored = store.message(alice, mid).orElseThrow();
            assertThat(stored.fid()).isEqualTo(drafts);
            assertThat(value(stored, PidTag.SUBJECT)).isEqualTo("Plans");
            assertThat(value(stored, PidTag.BODY)).isEqualTo(body);
            assertThat(store.recipients(alice, mid)).hasSize(2).allSatisfy(r -> assertThat(r)
                    .anySatisfy(v -> assertThat(v.tag().id()).isEqualTo(PidTag.SMTP_ADDRESS.id())));
            List<AttachmentRecord> attachments = store.attachments(alice, mid);
            assertThat(attachments).singleElement().satisfies(a -> assertThat(a.properties())
                    .anySatisfy(v -> assertThat(v.value()).isEqualTo(data))
                    .anySatisfy(v -> assertThat(v.value()).isEqualTo("data.bin")));

            session.writer().updateMessage(drafts, mid, List.of(PropertyValue.of(PidTag.SUBJECT, "Plans v2")),
                    List.of(PidTag.BODY));
            MessageRecord updated = store.message(alice, mid).orElseThrow();
            assertThat(value(updated, PidTag.SUBJECT)).isEqualTo("Plans v2");
            assertThat(value(updated, PidTag.BODY)).isNull();
            assertThat(updated.changeNumber()).isNotEqualTo(stored.changeNumber());
            assertThat(store.attachments(alice, mid)).hasSize(1);
        }
    }

    @Test
    void deletesMovesAndCopiesMessages() {
        long inbox = alice.folderId(SpecialFolder.INBOX);
        long archive;
        try (MapiSession session = connect()) {
            MailboxWriter writer = session.writer();
            archive = writer.createFolder(alice.folderId(SpecialFolder.IPM_SUBTREE), "Archive");
            long a = writer.createMessage(inbox, MessageSpec.of(List.of(PropertyValue.of(PidTag.SUBJECT, "a"))));
            long b = writer.createMessage(inbox, MessageSpec.of(List.of(PropertyValue.of(PidTag.SUBJECT, "b"))));
            long c = writer.createMessage(inbox, MessageSpec.of(List.of(PropertyValue.of(PidTag.SUBJECT, "c"))));

            assertThat(writer.moveMessages(inbox, List.of(a), archive)).isTrue();
            assertThat(writer.copyMessages(inbox, List.of(b), archive)).isTrue();
            assertThat(writer.deleteMessages(inbox, List.of(c, 0x7777_0001L))).isFalse();

            assertThat(store.messages(alice, inbox)).extracting(m -> value(m, PidTag.SUBJECT)).containsExactly("b");
            assertThat(store.messages(alice, archive)).extracting(m -> value(m, PidTag.SUBJECT))
                    .containsExactlyInAnyOrder("a", "b");

            writer.renameFolder(archive, "Old archive");
            assertThat(store.folder(alice, archive).orElseThrow().displayName()).isEqualTo("Old archive");
            writer.emptyFolder(archive);
            assertThat(store.messages(alice, archive)).isEmpty();
            assertThat(writer.deleteFolder(alice.folderId(SpecialFolder.IPM_SUBTREE), archive)).isTrue();
            assertThat(store.folder(alice, archive)).isEmpty();
            assertThatThrownBy(() -> writer.deleteFolder(alice.folderId(SpecialFolder.IPM_SUBTREE), archive))
                    .isInstanceOf(MapiOperationException.class).hasMessageContaining("RopDeleteFolder");
        }
    }

    @Test
    void sendingDeliversToLocalRecipientsAndFilesTheMessageInSentItems() {
        long outbox = alice.folderId(SpecialFolder.OUTBOX);
        try (MapiSession session = connect()) {
            session.writer().send(outbox, MessageSpec.of(List.of(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"),
                            PropertyValue.of(PidTag.SUBJECT, "Lunch?")))
                    .withRecipients(List.of(RecipientSpec.to("Bob", "BOB@example.org"))));
        }
        assertThat(store.messages(alice, outbox)).isEmpty();
        List<MessageRecord> sent = store.messages(alice, alice.folderId(SpecialFolder.SENT_ITEMS));
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(value(m, PidTag.SUBJECT)).isEqualTo("Lunch?");
            assertThat(m.messageFlags() & PidTag.MSGFLAG_UNSENT).isZero();
        });
        List<MessageRecord> received = store.messages(bob, bob.folderId(SpecialFolder.INBOX));
        assertThat(received).singleElement().satisfies(m -> {
            assertThat(value(m, PidTag.SUBJECT)).isEqualTo("Lunch?");
            assertThat(value(m, PidTag.SENDER_EMAIL_ADDRESS)).isEqualTo("alice@example.org");
            assertThat(m.isRead()).isFalse();
        });
        FolderRecord inbox = store.folder(bob, bob.folderId(SpecialFolder.INBOX)).orElseThrow();
        assertThat(store.counts(bob, inbox.fid()).unread()).isEqualTo(1);
    }
}
