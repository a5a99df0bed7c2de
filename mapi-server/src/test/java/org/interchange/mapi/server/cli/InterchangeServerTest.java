package org.interchange.mapi.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.accounts.AccountDirectory;
import org.interchange.mapi.server.accounts.NtHashVault;
import org.interchange.mapi.server.accounts.PasswordHasher;
import org.interchange.mapi.server.http.auth.NtlmV2Verifier;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterchangeServerTest {
    @TempDir
    Path dir;
    private Path config;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeConfig() throws IOException {
        config = dir.resolve("server.conf");
        Files.writeString(config, "data.dir = data\n");
        Files.writeString(dir.resolve("pw"), "s3cret-passphrase\n");
    }

    @Test
    void addsListsChangesAndRemovesUsers() throws IOException {
        assertThat(run("user", "add", "alice", "--email", "alice@example.org", "--display-name", "Alice Smith",
                "--password-file", dir.resolve("pw").toString(), "-c", config.toString())).isZero();
        assertThat(out.toString()).contains("added alice <alice@example.org>");
        assertThat(run("user", "list", "-c", config.toString())).isZero();
        assertThat(out.toString()).containsPattern("alice\\s+alice@example.org\\s+Alice Smith");
        try (AccountDirectory accounts = AccountDirectory.openH2(dir.resolve("data"), PasswordHasher.standard());
                H2MailboxStore store = H2MailboxStore.open(dir.resolve("data"))) {
            assertThat(accounts.authenticate("alice", "s3cret-passphrase".toCharArray())).isPresent();
            assertThat(store.findMailbox("alice")).as("user add creates the mailbox").isPresent();
        }
        Files.writeString(dir.resolve("pw2"), "another-passphrase");
        assertThat(run("user", "passwd", "alice", "--password-file", dir.resolve("pw2").toString(),
                "-c", config.toString())).isZero();
        try (AccountDirectory accounts = AccountDirectory.openH2(dir.resolve("data"), PasswordHasher.standard())) {
            assertThat(accounts.authenticate("alice", "another-passphrase".toCharArray())).isPresent();
        }
        assertThat(run("user", "remove", "alice", "-c", config.toString())).isZero();
        assertThat(run("user", "remove", "alice", "-c", config.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("interchange-server: no user alice" + System.lineSeparator());
    }

    @Test
    void userAddAndPasswdKeepTheNtHashSealedUnderAnOwnerOnlyKeyFile() throws IOException {
        assertThat(run("user", "add", "erin", "--email", "erin@example.org", "--password-file",
                dir.resolve("pw").toString(), "-c", config.toString())).isZero();
        Path keyFile = dir.resolve("data/nt-hash.key");
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (AccountDirectory accounts = AccountDirectory.openH2(dir.resolve("data"), PasswordHasher.standard(),
                NtHashVault.openOrCreate(keyFile))) {
            assertThat(accounts.ntHash("erin")).hasValueSatisfying(
                    h -> assertThat(h).isEqualTo(NtlmV2Verifier.ntHash("s3cret-passphrase")));
        }
        Files.writeString(dir.resolve("pw2"), "another-passphrase");
        assertThat(run("user", "passwd", "erin", "--password-file", dir.resolve("pw2").toString(),
                "-c", config.toString())).isZero();
        try (AccountDirectory accounts = AccountDirectory.openH2(dir.resolve("data"), PasswordHasher.standard(),
                NtHashVault.openOrCreate(keyFile))) {
            assertThat(accounts.ntHash("erin")).hasValueSatisfying(
                    h -> assertThat(h).isEqualTo(NtlmV2Verifier.ntHash("another-passphrase")));
        }
        assertThat(out.toString() + err).doesNotContain("passphrase");
    }

    @Test
    void importsMboxAndEmlReportingBadMessagesWithoutStopping() throws IOException {
        run("user", "add", "bob", "--email", "bob@example.org", "--password-file", dir.resolve("pw").toString(),
                "-c", config.toString());
        Path mbox = dir.resolve("archive.mbox");
        Files.writeString(mbox, """
                From alice@example.org Mon Jan  5 09:00:00 2026
                From: alice@example.org
                Subject: First
                Date: Mon, 5 Jan 2026 09:00:00 +0000

                Hello
                >From the archive, with love
                From carol@example.org Tue Jan  6 09:00:00 2026
                From: carol@example.org
                Subject: Second
                Date: Tue, 6 Jan 2026 09:00:00 +0000

                Bye
                """);
        Path eml = dir.resolve("one.eml");
        Files.writeString(eml, "From: dave@example.org\r\nSubject: Third\r\n\r\nBody\r\n");
        Path other = dir.resolve("notes.txt");
        Files.writeString(other, "not mail");
        int exit = run("import", "--user", "bob", "-c", config.toString(), mbox.toString(), eml.toString(), other.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).contains("imported 3, failed 1");
        assertThat(err.toString()).contains("notes.txt: not an .eml, .mbox, .ics or .vcf file, skipped");
        try (H2MailboxStore store = H2MailboxStore.open(dir.resolve("data"))) {
            Mailbox bob = store.findMailbox("bob").orElseThrow();
            var subjects = store.messages(bob, bob.folderId(SpecialFolder.INBOX)).stream()
                    .map(m -> string(m, PidTag.SUBJECT)).toList();
            assertThat(subjects).containsExactlyInAnyOrder("First", "Second", "Third");
            MessageRecord first = store.messages(bob, bob.folderId(SpecialFolder.INBOX)).stream()
                    .filter(m -> string(m, PidTag.SUBJECT).equals("First")).findFirst().orElseThrow();
            assertThat(string(first, PidTag.BODY)).contains("From the archive, with love").doesNotContain(">From");
            assertThat(first.properties()).anyMatch(p -> p.tag().equals(PidTag.MESSAGE_DELIVERY_TIME)
                    && p.asTime().equals(java.time.Instant.parse("2026-01-05T09:00:00Z")));
        }
    }

    @Test
    void reportsConfigurationMistakesInOneLine() throws IOException {
        Files.writeString(config, "data.dir = data\nhttp.port = x\n");
        assertThat(run("user", "list", "-c", config.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("interchange-server: " + config + " line 2: http.port must be a number, not 'x'");
        assertThat(err.toString().lines()).hasSize(1);
    }

    private int run(String... args) {
        return InterchangeServer.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private static String string(MessageRecord m, org.interchange.mapi.codec.property.PropertyTag tag) {
        return m.properties().stream().filter(p -> p.tag().equals(tag)).findFirst().map(p -> p.asString()).orElse("");
    }
}
