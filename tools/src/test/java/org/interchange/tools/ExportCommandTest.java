package org.interchange.tools;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.interchange.mapi.client.FolderInfo;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.server.EmbeddedDemoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `interchange-tools export` against the demo server on loopback; the output is read back with Jakarta Mail. */
class ExportCommandTest {
    @TempDir
    static Path dir;
    static EmbeddedDemoServer server;
    static Path passwordFile;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedDemoServer.start(dir.resolve("server"));
        passwordFile = Files.writeString(dir.resolve("password"), server.password() + "\n");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static int run(String... args) {
        List<String> all = new ArrayList<>(List.of("export", "--server", server.emsmdbUri().toString(),
                "--user", server.user(), "--password-file", passwordFile.toString()));
        all.addAll(List.of(args));
        return InterchangeTools.commandLine().execute(all.toArray(String[]::new));
    }

    private static int serverCount(String folder) {
        try (MapiSession s = MapiSession.connect(server.emsmdbUri(), server.user(), server.password().toCharArray())) {
            return s.folderHierarchy().stream().filter(f -> f.displayName().equals(folder))
                    .mapToInt(FolderInfo::contentCount).findFirst().orElseThrow();
        }
    }

    @Test
    void exportsTheInboxAsAnMboxEveryMessageOfWhichParses() throws Exception {
        Path mbox = dir.resolve("inbox.mbox");
        assertThat(run("--folder", "Inbox", mbox.toString())).isZero();

        List<String> messages = splitMbox(Files.readString(mbox, StandardCharsets.ISO_8859_1));
        assertThat(messages).hasSize(serverCount("Inbox"));
        Session mail = Session.getInstance(new Properties());
        for (String text : messages) {
            MimeMessage m = new MimeMessage(mail, new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
            assertThat(m.getSubject()).isNotBlank();
            assertThat(m.getFrom()).isNotEmpty();
        }
    }

    @Test
    void exportsAFolderAsEmlFiles() throws Exception {
        Path out = dir.resolve("sent");
        assertThat(run("--folder", "Sent Items", "--format", "eml", out.toString())).isZero();
        try (Stream<Path> files = Files.list(out)) {
            List<Path> eml = files.toList();
            assertThat(eml).hasSize(serverCount("Sent Items"));
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), Files.newInputStream(eml.getFirst()));
            assertThat(m.getAllRecipients()).isNotEmpty();
        }
    }

    @Test
    void anUnknownFolderFailsWithExitCodeOne() {
        assertThat(run("--folder", "No Such Folder", dir.resolve("x.mbox").toString())).isEqualTo(1);
    }

    @Test
    void anUnreachableServerIsReportedInOneLineWithExitCodeOne() {
        java.io.StringWriter err = new java.io.StringWriter();
        CommandLine line = InterchangeTools.commandLine();
        line.setErr(new java.io.PrintWriter(err, true));
        int code = line.execute("export", "--server", "http://127.0.0.1:9/mapi/emsmdb", "--user", "demo",
                "--password-file", passwordFile.toString(), dir.resolve("y.mbox").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("interchange-tools: cannot connect to 127.0.0.1:9")
                .doesNotContain("\tat ");
    }

    /** Splits an mboxrd file at its From_ lines and unquotes ">From " lines. */
    private static List<String> splitMbox(String mbox) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = null;
        for (String line : mbox.split("\n", -1)) {
            if (line.startsWith("From ")) {
                if (current != null) {
                    messages.add(current.toString());
                }
                current = new StringBuilder();
            } else if (current != null) {
                current.append(line.matches(">+From .*") ? line.substring(1) : line).append("\r\n");
            }
        }
        if (current != null) {
            messages.add(current.toString());
        }
        return messages;
    }
}
