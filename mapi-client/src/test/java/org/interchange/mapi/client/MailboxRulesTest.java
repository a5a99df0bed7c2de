package org.interchange.mapi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.interchange.mapi.client.testing.EmbeddedServerFixture;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.codec.property.RuleAction;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.accounts.Account;
import org.interchange.mapi.server.accounts.AccountDirectory;
import org.interchange.mapi.server.accounts.PasswordHasher;
import org.interchange.mapi.server.mail.LmtpServer;
import org.interchange.mapi.server.mail.MailboxDelivery;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link MailboxRules} against the real server on loopback, with mail arriving over a real LMTP connection. */
class MailboxRulesTest extends EmbeddedServerFixture {
    AccountDirectory accounts;
    LmtpServer lmtp;
    Mailbox alice;

    @Override
    protected void populate() {
        accounts = AccountDirectory.openH2(dir, PasswordHasher.withCost(64, 1));
        accounts.add(new Account("alice", "Alice", "alice@example.org"), "password-a".toCharArray());
        alice = store.createMailbox("alice", "Alice", "alice@example.org");
    }

    @BeforeEach
    void startLmtp() throws Exception {
        lmtp = LmtpServer.start("127.0.0.1", 0, "mx.example.org", 1 << 20, new MailboxDelivery(accounts, store));
    }

    @AfterEach
    void stopLmtpAndAccounts() {
        lmtp.close();
        accounts.close();
    }

    @Test
    void rulesAreAddedListedAppliedToIncomingMailAndDeleted() throws Exception {
        try (MapiSession session = connect()) {
            long inbox = alice.folderId(SpecialFolder.INBOX);
            long receipts = session.writer().createFolder(inbox, "Receipts");
            MailboxRules rules = session.rules();

            MailboxRules.Rule file = rules.add(inbox, MailboxRules.Rule.of("receipts", 10,
                    subjectContains("receipt"), MailboxRules.moveTo(receipts), new RuleAction.MarkAsRead()));
            MailboxRules.Rule drop = rules.add(inbox, MailboxRules.Rule.of("drop", 5, subjectContains("lottery"),
                    new RuleAction.Delete()));

            assertThat(file.ruleId()).isNotZero();
            assertThat(rules.list(inbox)).extracting(MailboxRules.Rule::name).containsExactly("drop", "receipts");
            assertThat(rules.list(inbox).get(1)).satisfies(r -> {
                assertThat(r.ruleId()).isEqualTo(file.ruleId());
                assertThat(r.enabled()).isTrue();
                assertThat(r.provider()).isEqualTo("RuleOrganizer");
                assertThat(r.condition()).isEqualTo(subjectContains("receipt"));
                assertThat(r.actions()).isEqualTo(file.actions());
            });

            deliver("Your receipt #7", "You won the lottery", "Hello Alice");

            assertThat(subjects(store.messages(alice, inbox))).containsExactly("Hello Alice");
            List<MessageRecord> filed = store.messages(alice, receipts);
            assertThat(subjects(filed)).containsExactly("Your receipt #7");
            assertThat(filed.getFirst().isRead()).isTrue();

            rules.delete(inbox, drop.ruleId());
            assertThat(rules.list(inbox)).extracting(MailboxRules.Rule::ruleId).containsExactly(file.ruleId());
            assertThatThrownBy(() -> rules.delete(inbox, drop.ruleId())).isInstanceOf(MapiOperationException.class)
                    .hasMessageContaining("RopModifyRules");

            rules.modify(inbox, new MailboxRules.Rule(file.ruleId(), "receipts (off)", 10, 0, "RuleOrganizer", 0, 0,
                    file.condition(), file.actions()));
            deliver("Another receipt");
            assertThat(subjects(store.messages(alice, inbox))).contains("Another receipt");
            assertThat(rules.list(inbox)).singleElement().satisfies(r -> assertThat(r.enabled()).isFalse());
        }
    }

    @Test
    void rulesAlsoFileMailDeliveredLocallyOnSubmission() {
        try (MapiSession session = connect()) {
            long inbox = alice.folderId(SpecialFolder.INBOX);
            long notes = session.writer().createFolder(inbox, "Notes to self");
            session.rules().add(inbox, MailboxRules.Rule.of("to self", 1, new Restriction.Property(
                    Restriction.RELOP_EQ, PidTag.SENDER_EMAIL_ADDRESS, PropertyValue.of(PidTag.SENDER_EMAIL_ADDRESS,
                            "alice@example.org")), MailboxRules.copyTo(notes)));

            session.writer().send(alice.folderId(SpecialFolder.OUTBOX), org.interchange.mapi.client.write.MessageSpec
                    .of(List.of(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"),
                            PropertyValue.of(PidTag.SUBJECT, "Remember the milk")))
                    .withRecipients(List.of(org.interchange.mapi.client.write.RecipientSpec.to("Alice",
                            "alice@example.org"))));

            assertThat(subjects(store.messages(alice, inbox))).containsExactly("Remember the milk");
            assertThat(subjects(store.messages(alice, notes))).containsExactly("Remember the milk");
        }
    }

    private static Restriction subjectContains(String text) {
        return new Restriction.Content(Restriction.Content.SUBSTRING, Restriction.Content.IGNORECASE, PidTag.SUBJECT,
                PropertyValue.of(PidTag.SUBJECT, text));
    }

    private void deliver(String... subjects) throws Exception {
        try (Socket s = new Socket("127.0.0.1", lmtp.port())) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = s.getOutputStream();
            in.readLine();
            send(out, "LHLO test.example.org");
            while (in.readLine().startsWith("250-")) {
                // capabilities
            }
            for (String subject : subjects) {
                send(out, "MAIL FROM:<shop@outside.example>");
                in.readLine();
                send(out, "RCPT TO:<alice@example.org>");
                in.readLine();
                send(out, "DATA");
                in.readLine();
                send(out, "From: shop@outside.example\r\nTo: alice@example.org\r\nSubject: " + subject
                        + "\r\n\r\nHello.\r\n.");
                assertThat(in.readLine()).startsWith("250 2.0.0");
            }
            send(out, "QUIT");
        }
    }

    private static void send(OutputStream out, String line) throws java.io.IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static List<String> subjects(List<MessageRecord> messages) {
        return messages.stream().map(m -> m.properties().stream().filter(v -> v.tag().id() == PidTag.SUBJECT.id())
                .findFirst().orElseThrow().asString()).toList();
    }
}
