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
    void exportsTheCalendarAsICalendarThatReadsBack() throws Exception {
        Path ics = dir.resolve("calendar.ics");
        assertThat(run("--folder", "Calendar", "--zone", "Europe/Berlin", ics.toString())).isZero();
        String text = Files.readString(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT").contains("RRULE:");
        var read = org.interchange.mapi.objects.ical.ICalendarReader.read(text, "calendar.ics",
                org.interchange.mapi.objects.KnownNamedProperties.offline(), java.time.ZoneId.of("Europe/Berlin"));
        assertThat(read.errors()).isEmpty();
        assertThat(read.items()).hasSize(serverCount("Calendar"));
    }

    @Test
    void exportsContactsAsVCardsAndTasksAsVTodos() throws Exception {
        Path vcf = dir.resolve("contacts.vcf");
        assertThat(run("--folder", "Contacts", vcf.toString())).isZero();
        var cards = org.interchange.mapi.objects.vcard.VCardFiles.read(Files.readString(vcf, StandardCharsets.UTF_8),
                "contacts.vcf", org.interchange.mapi.objects.KnownNamedProperties.offline());
        assertThat(cards.errors()).isEmpty();
        assertThat(cards.items()).hasSize(serverCount("Contacts"));
        assertThat(cards.items()).allSatisfy(c -> assertThat(c.properties()
                .string(org.interchange.mapi.objects.PidTag.DISPLAY_NAME)).isNotBlank());
        Path tasks = dir.resolve("tasks.ics");
        assertThat(run("--folder", "Tasks", tasks.toString())).isZero();
        assertThat(Files.readString(tasks, StandardCharsets.UTF_8)).contains("BEGIN:VTODO");
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
