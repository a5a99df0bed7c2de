package org.interchange.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interchange.mapi.client.FolderInfo;
import org.interchange.mapi.client.MapiMessage;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.MapiTable;
import org.interchange.mapi.objects.KnownNamedProperties;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrenceReader;
import org.interchange.mapi.server.EmbeddedDemoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `interchange-tools import` into the demo server's folders through the client library's writer. */
class ImportToServerTest {
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

    private static int run(StringWriter out, StringWriter err, String folder, Path... files) {
        CommandLine line = InterchangeTools.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        List<String> args = new java.util.ArrayList<>(List.of("import", "--server", server.emsmdbUri().toString(),
                "--user", server.user(), "--password-file", passwordFile.toString(), "--folder", folder,
                "--zone", "Europe/Berlin"));
        for (Path f : files) {
            args.add(f.toString());
        }
        return line.execute(args.toArray(String[]::new));
    }

    private static List<PropertyBag> items(MapiSession s, String folder) {
        FolderInfo f = s.folderHierarchy().stream().filter(x -> x.displayName().equals(folder)).findFirst().orElseThrow();
        try (MapiTable table = s.contentsTable(f.folderId(), List.of(PidTag.MID, PidTag.SUBJECT))) {
            return table.readAll();
        }
    }

    @Test
    void calendarFileAndContactsLandInTheirFoldersWithTheirProperties() throws Exception {
        Path ics = Files.writeString(dir.resolve("team.ics"), String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
                "BEGIN:VEVENT", "UID:import-1@example.org", "DTSTART;TZID=Europe/Berlin:20240304T090000",
                "DTEND;TZID=Europe/Berlin:20240304T093000", "RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=MO",
                "SUMMARY:Imported standup", "LOCATION:Room 9", "END:VEVENT",
                "BEGIN:VEVENT", "UID:bad@example.org", "DTSTART:whenever", "SUMMARY:Broken", "END:VEVENT",
                "END:VCALENDAR", ""));
        Path vcf = Files.writeString(dir.resolve("people.vcf"), "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Imported Person\r\n"
                + "N:Person;Imported;;;\r\nEMAIL:ip@example.org\r\nTEL;TYPE=cell:+1 555 0100\r\nEND:VCARD\r\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "Calendar", ics)).isEqualTo(1);
        assertThat(out.toString()).contains("imported 1 items into Calendar, 1 failed");
        assertThat(err.toString()).contains("bad@example.org").contains("DTSTART");
        assertThat(run(new StringWriter(), new StringWriter(), "Contacts", vcf)).isZero();

        try (MapiSession s = MapiSession.connect(server.emsmdbUri(), server.user(), server.password().toCharArray())) {
            s.resolveNamedProperties(KnownNamedProperties.lids());
            FolderInfo calendar = s.folderHierarchy().stream().filter(x -> x.displayName().equals("Calendar"))
                    .findFirst().orElseThrow();
            PropertyBag row = items(s, "Calendar").stream()
                    .filter(r -> "Imported standup".equals(r.string(PidTag.SUBJECT))).findFirst().orElseThrow();
            try (MapiMessage m = s.openMessage(calendar.folderId(), row.number(PidTag.MID, 0))) {
                PropertyBag p = m.properties();
                assertThat(p.string(PidLid.LOCATION)).isEqualTo("Room 9");
                assertThat(p.string(PidTag.MESSAGE_CLASS)).isEqualTo("IPM.Appointment");
                assertThat(AppointmentRecurrenceReader.read(p).orElseThrow().pattern().occurrenceCount()).isEqualTo(6);
            }
            assertThat(items(s, "Contacts")).anySatisfy(r ->
                    assertThat(r.string(PidTag.SUBJECT)).isEqualTo("Imported Person"));
        }
    }

    @Test
    void categoriesAndOtherNamedPropertiesAreCreatedInTheMailboxAndReadBack() throws Exception {
        Path ics = Files.writeString(dir.resolve("tagged.ics"), String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
                "BEGIN:VEVENT", "UID:tagged-1@example.org", "DTSTART:20240305T100000Z", "DTEND:20240305T110000Z",
                "SUMMARY:Tagged meeting", "CATEGORIES:Blue,Project X", "END:VEVENT",
                "BEGIN:VTODO", "UID:task-1@example.org", "SUMMARY:Tagged task", "STATUS:IN-PROCESS",
                "PERCENT-COMPLETE:40", "CATEGORIES:Errand", "END:VTODO", "END:VCALENDAR", ""));
        Path vcf = Files.writeString(dir.resolve("tagged.vcf"), "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Tagged Person\r\n"
                + "N:Person;Tagged;;;\r\nEMAIL:tp@example.org\r\nCATEGORIES:Friends,Tennis\r\nEND:VCARD\r\n");
        Path eml = Files.writeString(dir.resolve("tagged.eml"), "From: Ann <ann@example.org>\r\nTo: bob@example.org\r\n"
                + "Subject: Tagged mail\r\nKeywords: Red, Follow up\r\nMessage-ID: <tagged@example.org>\r\n"
                + "Date: Tue, 05 Mar 2024 10:00:00 +0000\r\n\r\nBody\r\n");
        StringWriter out = new StringWriter();
        assertThat(run(out, new StringWriter(), "Calendar", ics)).as(out.toString()).isZero();
        assertThat(run(out, new StringWriter(), "Contacts", vcf)).as(out.toString()).isZero();
        assertThat(run(out, new StringWriter(), "Inbox", eml)).as(out.toString()).isZero();
        assertThat(out.toString()).doesNotContain("left out");

        try (MapiSession s = MapiSession.connect(server.emsmdbUri(), server.user(), server.password().toCharArray())) {
            s.resolveNamedProperties(KnownNamedProperties.lids(), List.of(PidName.KEYWORDS), false);
            assertThat(read(s, "Calendar", "Tagged meeting").strings(PidName.KEYWORDS)).containsExactly("Blue", "Project X");
            PropertyBag task = read(s, "Calendar", "Tagged task");
            assertThat(task.strings(PidName.KEYWORDS)).containsExactly("Errand");
            assertThat(task.number(PidLid.TASK_STATUS, -1)).isEqualTo(1);
            assertThat(read(s, "Contacts", "Tagged Person").strings(PidName.KEYWORDS)).containsExactly("Friends", "Tennis");
            assertThat(read(s, "Contacts", "Tagged Person").string(PidLid.EMAIL1_EMAIL_ADDRESS)).isEqualTo("tp@example.org");
            assertThat(read(s, "Inbox", "Tagged mail").strings(PidName.KEYWORDS)).containsExactly("Red", "Follow up");
        }
    }

    @Test
    void forwardedMailKeepsTheEmbeddedMessage() throws Exception {
        Path eml = Files.writeString(dir.resolve("forward.eml"), String.join("\r\n",
                "From: Ann <ann@example.org>", "To: bob@example.org", "Subject: Fw: Original",
                "Date: Wed, 06 Mar 2024 10:00:00 +0000", "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"b1\"", "", "--b1", "Content-Type: text/plain", "",
                "See below.", "--b1", "Content-Type: message/rfc822", "", "From: Carl <carl@example.org>",
                "To: ann@example.org", "Subject: Original", "Date: Tue, 05 Mar 2024 09:00:00 +0000", "",
                "The original text.", "--b1--", ""));
        StringWriter out = new StringWriter();
        assertThat(run(out, new StringWriter(), "Inbox", eml)).as(out.toString()).isZero();
        assertThat(out.toString()).doesNotContain("left out");

        try (MapiSession s = MapiSession.connect(server.emsmdbUri(), server.user(), server.password().toCharArray())) {
            FolderInfo inbox = s.folderHierarchy().stream().filter(x -> x.displayName().equals("Inbox")).findFirst()
                    .orElseThrow();
            PropertyBag row = items(s, "Inbox").stream().filter(r -> "Fw: Original".equals(r.string(PidTag.SUBJECT)))
                    .findFirst().orElseThrow();
            try (MapiMessage m = s.openMessage(inbox.folderId(), row.number(PidTag.MID, 0))) {
                assertThat(m.attachments()).hasSize(1);
                try (MapiMessage embedded = m.openEmbeddedMessage(m.attachments().getFirst().attachNumber())) {
                    assertThat(embedded.properties().string(PidTag.SUBJECT)).isEqualTo("Original");
                    assertThat(embedded.body().orElseThrow()).contains("The original text.");
                }
            }
        }
    }

    private static PropertyBag read(MapiSession s, String folder, String subject) {
        FolderInfo f = s.folderHierarchy().stream().filter(x -> x.displayName().equals(folder)).findFirst().orElseThrow();
        PropertyBag row = items(s, folder).stream().filter(r -> subject.equals(r.string(PidTag.SUBJECT))).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + subject + "' in " + folder));
        try (MapiMessage m = s.openMessage(f.folderId(), row.number(PidTag.MID, 0))) {
            return m.properties();
        }
    }
}
