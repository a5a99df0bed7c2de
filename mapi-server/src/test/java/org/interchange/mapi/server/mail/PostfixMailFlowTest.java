package org.interchange.mapi.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.accounts.Account;
import org.interchange.mapi.server.accounts.AccountDirectory;
import org.interchange.mapi.server.accounts.PasswordHasher;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mail relayed by the server's SMTP relay goes through a real Postfix and comes back over LMTP. */
class PostfixMailFlowTest {
    @TempDir
    Path dir;

    @Test
    void relayedMailArrivesInTheRecipientsInboxThroughPostfix() throws Exception {
        try (AccountDirectory accounts = AccountDirectory.openH2(dir, PasswordHasher.withCost(64, 1));
                H2MailboxStore store = H2MailboxStore.open(dir)) {
            accounts.add(new Account("alice", "Alice", "alice@example.org"), "password-a".toCharArray());
            accounts.add(new Account("bob", "Bob", "bob@example.org"), "password-b".toCharArray());
            try (LmtpServer lmtp = LmtpServer.start("127.0.0.1", 0, "mapi.example.org", 10 << 20,
                    new MailboxDelivery(accounts, store));
                    PostfixInstance postfix = PostfixInstance.start("example.org", lmtp.port())) {
                byte[] mail = """
                        From: Alice <alice@example.org>
                        To: Bob <bob@example.org>
                        Subject: Through Postfix
                        Message-ID: <postfix-flow-1@example.org>
                        Content-Type: text/plain; charset=UTF-8

                        Grüße über Postfix.
                        """.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
                new SmtpRelay("127.0.0.1", postfix.smtpPort(), "mapi.example.org", false)
                        .send("alice@example.org", List.of("bob@example.org"), mail);

                MessageRecord arrived = awaitInbox(store, "bob", postfix);
                assertThat(value(arrived, PidTag.SUBJECT)).isEqualTo("Through Postfix");
                assertThat(value(arrived, PidTag.BODY)).contains("Grüße über Postfix.");
                assertThat(value(arrived, PidTag.TRANSPORT_MESSAGE_HEADERS)).contains("Postfix")
                        .contains("with LMTP").contains("Return-Path: <alice@example.org>");
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

    private static String value(MessageRecord message, org.interchange.mapi.codec.property.PropertyTag tag) {
        return message.properties().stream().filter(p -> p.tag().equals(tag)).findFirst().orElseThrow().asString();
    }
}
