package org.interchange.mapi.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.accounts.Account;
import org.interchange.mapi.server.accounts.AccountDirectory;
import org.interchange.mapi.server.accounts.PasswordHasher;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LmtpServerTest {
    private static final String MESSAGE = """
            From: Carol <carol@outside.example>
            To: Alice <alice@example.org>, Bob <bob@example.org>
            Subject: Lunch on Friday?
            Message-ID: <lunch-1@outside.example>
            Date: Sun, 29 Nov 2026 10:00:00 +0000
            Content-Type: text/plain; charset=UTF-8

            Shall we try the new place?
            .. a line that starts with a dot
            """.replace("\n", "\r\n");

    @TempDir
    Path dir;
    private AccountDirectory accounts;
    private H2MailboxStore store;
    private LmtpServer server;
    private final List<String> woken = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        accounts = AccountDirectory.openH2(dir, PasswordHasher.withCost(64, 1));
        accounts.add(new Account("alice", "Alice", "alice@example.org"), "password-a".toCharArray());
        accounts.add(new Account("bob", "Bob", "bob@example.org"), "password-b".toCharArray());
        store = H2MailboxStore.open(dir);
        server = LmtpServer.start("127.0.0.1", 0, "mx.example.org", 64 * 1024, new MailboxDelivery(accounts, store, woken::add));
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
        accounts.close();
    }

    @Test
    void deliversToEachKnownRecipientWithOneReplyPerRecipient() throws IOException {
        List<String> replies = dialogue("LHLO relay.example.org", "MAIL FROM:<carol@outside.example> SIZE=400",
                "RCPT TO:<alice@example.org>", "RCPT TO:<nobody@example.org>", "RCPT TO:<BOB@example.org>", "DATA",
                MESSAGE + ".", "QUIT");
        assertThat(replies).containsSubsequence("220 mx.example.org LMTP Interchange ready", "250 SIZE 65536",
                "250 2.1.0 OK", "250 2.1.5 OK", "550 5.1.1 <nobody@example.org>: no such user here", "250 2.1.5 OK",
                "354 start mail input; end with <CRLF>.<CRLF>", "250 2.0.0 <alice@example.org> delivered",
                "250 2.0.0 <bob@example.org> delivered", "221 2.0.0 mx.example.org closing connection");
        assertThat(woken).as("each delivery wakes the user's waiting clients").containsExactly("alice", "bob");
        for (String user : List.of("alice", "bob")) {
            Mailbox mailbox = store.findMailbox(user).orElseThrow();
            List<MessageRecord> inbox = store.messages(mailbox, mailbox.folderId(SpecialFolder.INBOX));
            assertThat(inbox).hasSize(1);
            var props = inbox.getFirst().properties();
            assertThat(value(props, PidTag.SUBJECT)).isEqualTo("Lunch on Friday?");
            assertThat(value(props, PidTag.BODY)).contains(". a line that starts with a dot").doesNotContain("..");
            assertThat(value(props, PidTag.TRANSPORT_MESSAGE_HEADERS))
                    .contains("Return-Path: <carol@outside.example>").contains("by mx.example.org (Interchange) with LMTP")
                    .contains("for <" + user + "@example.org>");
            assertThat(props).anyMatch(p -> p.tag().equals(PidTag.MESSAGE_DELIVERY_TIME));
        }
    }

    @Test
    void refusesOversizedMessagesAndKeepsTheConnectionUsable() throws IOException {
        String big = "Subject: big\r\n\r\n" + ("x".repeat(998) + "\r\n").repeat(80);
        List<String> replies = dialogue("LHLO relay", "MAIL FROM:<a@b.example> SIZE=999999", "MAIL FROM:<a@b.example>",
                "RCPT TO:<alice@example.org>", "DATA", big + ".", "NOOP", "QUIT");
        assertThat(replies).contains("552 5.3.4 message size exceeds 65536 bytes",
                "552 5.3.4 message larger than 65536 bytes", "250 2.0.0 OK");
        assertThat(store.findMailbox("alice")).as("nothing was delivered, so no mailbox was made").isEmpty();
    }

    @Test
    void enforcesTheCommandOrderAndSyntax() throws IOException {
        List<String> replies = dialogue("MAIL FROM:<a@b.example>", "EHLO x", "LHLO bad\u0001name", "LHLO ok",
                "RCPT TO:<alice@example.org>", "MAIL FROM:a@b", "MAIL FROM:<a@b.example>", "DATA", "BOGUS", "QUIT");
        assertThat(replies).containsSubsequence("503 5.5.1 send LHLO first", "500 5.5.1 this is an LMTP server: use LHLO",
                "501 5.5.4 LHLO needs a host name or address literal", "503 5.5.1 send MAIL first",
                "501 5.5.4 syntax: MAIL FROM:<address>", "250 2.1.0 OK", "503 5.5.1 no valid recipients",
                "500 5.5.1 command not recognized");
    }

    @Test
    void closesOnAnEndlessLine() throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            BufferedReader r = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(r.readLine()).startsWith("220");
            s.getOutputStream().write("x".repeat(100_000).getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            assertThat(r.readLine()).isEqualTo("500 5.5.2 line too long");
            assertThat(r.readLine()).isNull();
        }
    }

    private static String value(List<org.interchange.mapi.codec.property.PropertyValue> props,
            org.interchange.mapi.codec.property.PropertyTag tag) {
        return props.stream().filter(p -> p.tag().equals(tag)).findFirst().orElseThrow().asString();
    }

    /** Sends every command at once (PIPELINING) and reads replies until the server closes. */
    private List<String> dialogue(String... commands) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write((String.join("\r\n", commands) + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader r = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
            return lines;
        }
    }
}
