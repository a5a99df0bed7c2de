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
}
