package org.interchange.mapi.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.interchange.mapi.client.write.MessageSpec;
import org.interchange.mapi.client.write.RecipientSpec;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.server.accounts.Account;
import org.interchange.mapi.server.accounts.AccountDirectory;
import org.interchange.mapi.server.accounts.PasswordHasher;
import org.interchange.mapi.server.config.ServerConfig;
import org.interchange.mapi.server.mail.PostfixInstance;
import org.interchange.mapi.server.runtime.ServerRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's mail flow end to end, as an administrator runs it: {@code interchange-server} started
 * from a configuration file with {@code smtp.relay} pointing at a real Postfix on loopback, Postfix
 * delivering back over LMTP. Alice sends with the client library; Bob reads it with the client library.
 */
class MailFlowThroughPostfixTest {
    private static final List<org.interchange.mapi.codec.property.PropertyTag> COLUMNS = List.of(PidTag.MID,
            PidTag.SUBJECT, PidTag.MESSAGE_FLAGS, PidTag.CLIENT_SUBMIT_TIME, PidTag.SENDER_EMAIL_ADDRESS);

    @TempDir
    Path dir;

    @Test
    void aMessageSentByAliceArrivesInBobsInboxThroughPostfix() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (AccountDirectory accounts = AccountDirectory.openH2(data, PasswordHasher.withCost(64, 1))) {
            accounts.add(new Account("alice", "Alice", "alice@example.org"), "password-a".toCharArray());
            accounts.add(new Account("bob", "Bob", "bob@example.org"), "password-b".toCharArray());
        }
        int lmtpPort = freePort();
        try (PostfixInstance postfix = PostfixInstance.start("example.org", lmtpPort)) {
            Path conf = dir.resolve("server.conf");
            Files.writeString(conf, "data.dir = data\nhttp.port = 0\nlmtp.port = " + lmtpPort + "\nsmtp.relay = 127.0.0.1:"
                    + postfix.smtpPort() + "\nserver.name = mapi.example.org\n");
            try (ServerRuntime server = ServerRuntime.start(ServerConfig.load(conf));
                    MapiSession alice = connect(server, "alice", "password-a");
                    MapiSession bob = connect(server, "bob", "password-b")) {
                long outbox = alice.logon().folderId(SpecialFolder.OUTBOX);

                alice.writer().send(outbox, MessageSpec.of(List.of(
                                PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"),
                                PropertyValue.of(PidTag.SUBJECT, "Through Postfix"),
                                PropertyValue.of(PidTag.BODY, "Grüße über Postfix.")))
                        .withRecipients(List.of(RecipientSpec.to("Bob", "bob@example.org"))));

                PropertyBag arrived = awaitRow(bob, bob.logon().folderId(SpecialFolder.INBOX), postfix);
                assertThat(arrived.string(PidTag.SUBJECT)).isEqualTo("Through Postfix");
                assertThat(arrived.string(PidTag.SENDER_EMAIL_ADDRESS)).isEqualTo("alice@example.org");
                assertThat(arrived.number(PidTag.MESSAGE_FLAGS, -1) & PidTag.MSGFLAG_READ).as("unread").isZero();
                try (MapiMessage message = bob.openMessage(bob.logon().folderId(SpecialFolder.INBOX),
                        arrived.number(PidTag.MID, 0))) {
                    assertThat(message.body()).hasValueSatisfying(b -> assertThat(b).contains("Grüße über Postfix."));
                    assertThat(message.properties().string(PidTag.TRANSPORT_MESSAGE_HEADERS)).contains("Postfix")
                            .contains("with LMTP").contains("Return-Path: <alice@example.org>");
                }

                assertThat(rows(alice, outbox)).isEmpty();
                assertThat(rows(alice, alice.logon().folderId(SpecialFolder.SENT_ITEMS))).singleElement()
                        .satisfies(sent -> {
                            assertThat(sent.string(PidTag.SUBJECT)).isEqualTo("Through Postfix");
                            long flags = sent.number(PidTag.MESSAGE_FLAGS, -1);
                            assertThat(flags & PidTag.MSGFLAG_READ).as("read").isEqualTo(PidTag.MSGFLAG_READ);
                            assertThat(flags & (PidTag.MSGFLAG_UNSENT | 0x0004)).as("neither unsent nor submitted")
                                    .isZero();
                            assertThat(sent.time(PidTag.CLIENT_SUBMIT_TIME)).isNotNull();
                        });
                assertThat(rows(alice, alice.logon().folderId(SpecialFolder.INBOX))).isEmpty();
            }
        }
    }

    private static MapiSession connect(ServerRuntime server, String user, String password) {
        return MapiSession.connect(server.http().emsmdbUri(), user, password.toCharArray(),
                MapiSessionOptions.builder().readTimeout(Duration.ofSeconds(30)).build());
    }

    private static List<PropertyBag> rows(MapiSession session, long folderId) {
        try (MapiTable table = session.contentsTable(folderId, COLUMNS)) {
            return table.readAll();
        }
    }

    private static PropertyBag awaitRow(MapiSession session, long folderId, PostfixInstance postfix)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            List<PropertyBag> rows = rows(session, folderId);
            if (!rows.isEmpty()) {
                return rows.getFirst();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("nothing arrived within 30 s; Postfix log:\n" + postfix.log());
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
