package org.interchange.mapi.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.interchange.mapi.client.write.MessageSpec;
import org.interchange.mapi.client.write.RecipientSpec;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.accounts.Account;
import org.interchange.mapi.server.accounts.AccountDirectory;
import org.interchange.mapi.server.accounts.PasswordHasher;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.mail.LmtpServer;
import org.interchange.mapi.server.mail.MailboxDelivery;
import org.interchange.mapi.server.mail.PostfixInstance;
import org.interchange.mapi.server.mail.SmtpRelay;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's mail flow end to end: Alice sends with the client library over MAPI/HTTP, the server
 * relays through a real Postfix on loopback, and Postfix delivers over LMTP into Bob's Inbox.
 */
class MailFlowThroughPostfixTest {
    @TempDir
    Path dir;

    @Test
    void aMessageSentByAliceArrivesInBobsInboxThroughPostfix() throws Exception {
        try (AccountDirectory accounts = AccountDirectory.openH2(dir, PasswordHasher.withCost(64, 1));
                H2MailboxStore store = H2MailboxStore.open(dir)) {
            accounts.add(new Account("alice", "Alice", "alice@example.org"), "password-a".toCharArray());
            accounts.add(new Account("bob", "Bob", "bob@example.org"), "password-b".toCharArray());
            Mailbox alice = store.createMailbox("alice", "Alice", "alice@example.org");
            try (LmtpServer lmtp = LmtpServer.start("127.0.0.1", 0, "mapi.example.org", 10 << 20,
                    new MailboxDelivery(accounts, store));
                    PostfixInstance postfix = PostfixInstance.start("example.org", lmtp.port());
                    MapiHttpServer server = MapiHttpServer.builder().store(store)
                            .users(Map.of("alice", "password-a", "bob", "password-b"))
                            .outboundMail(new SmtpRelay("127.0.0.1", postfix.smtpPort(), "mapi.example.org", false))
                            .build().start();
                    MapiSession session = MapiSession.connect(server.emsmdbUri(), "alice", "password-a".toCharArray(),
                            MapiSessionOptions.builder().readTimeout(Duration.ofSeconds(30)).build())) {
                long outbox = alice.folderId(SpecialFolder.OUTBOX);

                session.writer().send(outbox, MessageSpec.of(List.of(
                                PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"),
                                PropertyValue.of(PidTag.SUBJECT, "Through Postfix"),
                                PropertyValue.of(PidTag.BODY, "Grüße über Postfix.")))
                        .withRecipients(List.of(RecipientSpec.to("Bob", "bob@example.org"))));

                MessageRecord arrived = awaitInbox(store, "bob", postfix);
                assertThat(value(arrived, PidTag.SUBJECT)).isEqualTo("Through Postfix");
                assertThat(value(arrived, PidTag.BODY)).contains("Grüße über Postfix.");
                assertThat(value(arrived, PidTag.TRANSPORT_MESSAGE_HEADERS)).contains("Postfix")
                        .contains("with LMTP").contains("Return-Path: <alice@example.org>");
                assertThat(arrived.isRead()).isFalse();

                assertThat(store.messages(alice, alice.folderId(SpecialFolder.OUTBOX))).isEmpty();
                List<MessageRecord> sent = store.messages(alice, alice.folderId(SpecialFolder.SENT_ITEMS));
                assertThat(sent).singleElement().satisfies(m -> {
                    assertThat(value(m, PidTag.SUBJECT)).isEqualTo("Through Postfix");
                    assertThat(m.messageFlags() & PidTag.MSGFLAG_READ).isEqualTo(PidTag.MSGFLAG_READ);
                    assertThat(m.messageFlags() & (PidTag.MSGFLAG_UNSENT | 0x0004)).as("neither unsent nor submitted")
                            .isZero();
                    assertThat(value(m, PidTag.CLIENT_SUBMIT_TIME)).isNotNull();
                });
                assertThat(store.messages(alice, alice.folderId(SpecialFolder.INBOX)))
                        .as("the sender gets no local copy besides Sent Items").isEmpty();
            }
        }
    }

    private static MessageRecord awaitInbox(H2MailboxStore store, String user, PostfixInstance postfix)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            var mailbox = store.findMailbox(user);
            if (mailbox.isPresent()) {
                Mailbox m = mailbox.get();
                List<MessageRecord> inbox = store.messages(m, m.folderId(SpecialFolder.INBOX));
                if (!inbox.isEmpty()) {
                    return inbox.getFirst();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("nothing arrived within 30 s; Postfix log:\n" + postfix.log());
    }

    private static String value(MessageRecord message, PropertyTag tag) {
        return message.properties().stream().filter(p -> p.tag().id() == tag.id()).findFirst()
                .map(p -> String.valueOf(p.value())).orElse(null);
    }
}
