package org.interchange.mapi.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code interchange-server grant|revoke|permissions} on a real H2 data folder. */
class PermissionCommandsTest {
    @TempDir
    Path dir;
    private Path config;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void usersBobAndAlice() throws IOException {
        config = dir.resolve("server.conf");
        Files.writeString(config, "data.dir = data\n");
        Files.writeString(dir.resolve("pw"), "s3cret-passphrase\n");
        for (String user : new String[] {"bob", "alice"}) {
            assertThat(run("user", "add", user, "--email", user + "@example.org", "--password-file",
                    dir.resolve("pw").toString())).isZero();
        }
    }

    @Test
    void grantsListsAndRevokes() {
        assertThat(run("grant", "--user", "bob", "--to", "alice", "--folder", "Inbox", "--rights", "reviewer")).isZero();
        assertThat(out.toString()).contains("granted alice reviewer on Inbox of bob");
        assertThat(run("grant", "--user", "bob", "--to", "default", "--folder", "calendar", "--rights",
                "freebusysimple")).isZero();
        assertThat(run("grant", "--user", "bob", "--to", "alice", "--folder", "/", "--rights",
                "FolderVisible, ReadAny,editowned")).isZero();
        try (H2MailboxStore store = H2MailboxStore.open(dir.resolve("data"))) {
            Mailbox bob = store.findMailbox("bob").orElseThrow();
            assertThat(store.permissions().grantedRights(bob, "alice"))
                    .containsEntry(bob.folderId(SpecialFolder.INBOX), MemberRights.REVIEWER)
                    .containsEntry(bob.folderId(SpecialFolder.CALENDAR), MemberRights.FREE_BUSY_SIMPLE)
                    .containsEntry(bob.folderId(SpecialFolder.IPM_SUBTREE),
                            MemberRights.FOLDER_VISIBLE | MemberRights.READ_ANY | MemberRights.EDIT_OWNED);
        }

        out.getBuffer().setLength(0);
        assertThat(run("permissions", "--user", "bob")).isZero();
        assertThat(out.toString().lines().toList()).containsExactly(
                "%-32s %-20s %s".formatted("/", "alice", "readany,editowned,foldervisible"),
                "%-32s %-20s %s".formatted("Calendar", "default", "freebusysimple"),
                "%-32s %-20s %s".formatted("Inbox", "alice", "reviewer"));

        assertThat(run("revoke", "--user", "bob", "--to", "alice", "--folder", "Inbox")).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("permissions", "--user", "bob", "--folder", "Inbox")).isZero();
        assertThat(out.toString()).isEqualTo("no permissions granted on Inbox of bob" + System.lineSeparator());
        out.getBuffer().setLength(0);
        assertThat(run("permissions", "--user", "alice")).isZero();
        assertThat(out.toString()).isEqualTo("no permissions granted in the mailbox of alice" + System.lineSeparator());
    }

    @Test
    void mistakesAreReportedInOneLine() {
        assertThat(run("grant", "--user", "bob", "--to", "alice", "--folder", "Inbox", "--rights", "everything"))
                .isEqualTo(1);
        assertThat(run("grant", "--user", "bob", "--to", "nobody", "--folder", "Inbox", "--rights", "owner"))
                .isEqualTo(1);
        assertThat(run("grant", "--user", "bob", "--to", "alice", "--folder", "Inbox/Nope", "--rights", "owner"))
                .isEqualTo(1);
        assertThat(run("revoke", "--user", "zed", "--to", "alice", "--folder", "Inbox")).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly(
                "interchange-server: unknown rights \"everything\"; use roles (none, contributor, reviewer,"
                        + " nonediting-author, author, publishing-author, editor, publishing-editor, owner) or names"
                        + " (readany, create, editowned, deleteowned, editany, deleteany, createsubfolder, folderowner,"
                        + " foldercontact, foldervisible, freebusysimple, freebusydetailed)",
                "interchange-server: no user nobody",
                "interchange-server: no folder \"Nope\" in Inbox/Nope of bob",
                "interchange-server: no mailbox for zed");
    }

    private int run(String... args) {
        String[] withConfig = java.util.Arrays.copyOf(args, args.length + 2);
        withConfig[args.length] = "-c";
        withConfig[args.length + 1] = config.toString();
        return InterchangeServer.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(withConfig);
    }
}
