package org.interchange.mapi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.interchange.mapi.client.testing.EmbeddedServerFixture;
import org.interchange.mapi.client.write.MessageSpec;
import org.interchange.mapi.client.write.RecipientSpec;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.mail.DeliveryException;
import org.interchange.mapi.server.mail.OutboundMail;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.Test;

/** RopSubmitMessage on a server with a mail gateway: what is relayed, and what a refusing relay leaves behind. */
class SubmitThroughRelayTest extends EmbeddedServerFixture {
    /** Records what the server hands to the gateway, or refuses like an unreachable relay. */
    static final class FakeOutboundMail implements OutboundMail {
        record Sent(String from, List<String> to, String mime) {
        }

        final List<Sent> sent = new CopyOnWriteArrayList<>();
        volatile boolean refuse;

        @Override
        public void send(String envelopeFrom, List<String> recipients, byte[] message) {
            if (refuse) {
                throw new DeliveryException("relay 127.0.0.1:25 failed: connection refused", false, null);
            }
            sent.add(new Sent(envelopeFrom, List.copyOf(recipients), new String(message, StandardCharsets.UTF_8)));
        }
    }

    Mailbox alice;
    Mailbox bob;
    final FakeOutboundMail relay = new FakeOutboundMail();

    @Override
    protected void populate() {
        alice = store.createMailbox("alice", "Alice", "alice@example.org");
        bob = store.createMailbox("bob", "Bob", "bob@example.org");
    }

    @Override
    protected MapiHttpServer.Builder configure(MapiHttpServer.Builder builder) {
        return builder.user("alice", PASSWORD).outboundMail(relay);
    }

    @Test
    void everyRecipientLocalOrNotIsRelayedAndTheMessageFiledInSentItems() {
        try (MapiSession session = connect()) {
            session.writer().send(alice.folderId(SpecialFolder.OUTBOX), message("Plans")
                    .withRecipients(List.of(RecipientSpec.to("Bob", "bob@example.org"),
                            new RecipientSpec(RecipientSpec.CC, "Carol", "carol@elsewhere.example"))));
        }

        assertThat(relay.sent).singleElement().satisfies(s -> {
            assertThat(s.from()).isEqualTo("alice@example.org");
            assertThat(s.to()).containsExactly("bob@example.org", "carol@elsewhere.example");
            assertThat(s.mime()).contains("Subject: Plans").contains("alice@example.org").doesNotContain("Status: RO");
        });
        assertThat(store.messages(bob, bob.folderId(SpecialFolder.INBOX))).as("bob's copy comes back through the MTA")
                .isEmpty();
        assertThat(store.messages(alice, alice.folderId(SpecialFolder.OUTBOX))).isEmpty();
        assertThat(store.messages(alice, alice.folderId(SpecialFolder.SENT_ITEMS))).singleElement()
                .satisfies(m -> assertThat(m.messageFlags() & (PidTag.MSGFLAG_UNSENT | PidTag.MSGFLAG_READ))
                        .isEqualTo(PidTag.MSGFLAG_READ));
    }

    @Test
    void aRefusingRelayFailsTheSubmissionAndLeavesTheMessageUnsentInTheOutbox() {
        relay.refuse = true;
        try (MapiSession session = connect()) {
            assertThatThrownBy(() -> session.writer().send(alice.folderId(SpecialFolder.OUTBOX), message("Stuck")
                    .withRecipients(List.of(RecipientSpec.to("Bob", "bob@example.org")))))
                    .isInstanceOf(MapiOperationException.class).hasMessageContaining("RopSubmitMessage");
        }

        List<MessageRecord> outbox = store.messages(alice, alice.folderId(SpecialFolder.OUTBOX));
        assertThat(outbox).singleElement().satisfies(m ->
                assertThat(m.messageFlags() & PidTag.MSGFLAG_UNSENT).isEqualTo(PidTag.MSGFLAG_UNSENT));
        assertThat(store.messages(alice, alice.folderId(SpecialFolder.SENT_ITEMS))).isEmpty();
    }

    private static MessageSpec message(String subject) {
        return MessageSpec.of(List.of(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"),
                PropertyValue.of(PidTag.SUBJECT, subject), PropertyValue.of(PidTag.BODY, "See you.")));
    }
}
