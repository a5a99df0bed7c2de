package org.interchange.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `interchange-tools import --check` over files of every kind, some items malformed. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = InterchangeTools.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void everyFileKindIsReadAndBadItemsAreNamedWithoutStoppingTheRest() throws Exception {
        Path ics = Files.writeString(dir.resolve("cal.ics"), String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
                "BEGIN:VEVENT", "UID:ok@x", "DTSTART:20240601T100000Z", "SUMMARY:Good", "END:VEVENT",
                "BEGIN:VEVENT", "UID:broken@x", "DTSTART:tomorrow", "SUMMARY:Bad", "END:VEVENT", "END:VCALENDAR", ""));
        Path vcf = Files.writeString(dir.resolve("people.vcf"), "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann\r\nEND:VCARD\r\n");
        byte[] mail = "From: a@example.org\r\nSubject: one\r\n\r\nFrom the start\r\n".getBytes(StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream mbox = new java.io.ByteArrayOutputStream();
        MboxWriter writer = new MboxWriter(mbox);
        writer.append("a@example.org", Instant.EPOCH, mail);
        writer.append("b@example.org", Instant.EPOCH,
                ("From: b@example.org\r\nSubject: two\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\n"
                        + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!notbase64***\r\n--zz--\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        Path box = Files.write(dir.resolve("mail.mbox"), mbox.toByteArray());
        Path eml = Files.write(dir.resolve("single.eml"), mail);
        Path other = Files.writeString(dir.resolve("notes.txt"), "hello");
        Run r = run("import", "--check", ics.toString(), vcf.toString(), box.toString(), eml.toString(),
                other.toString(), dir.resolve("missing.ics").toString());
        assertThat(r.out()).contains("cal.ics: 1 items, 1 errors").contains("people.vcf: 1 items, 0 errors")
                .contains("single.eml: 1 items, 0 errors").contains("notes.txt: 0 items, 1 errors")
                .contains("missing.ics: 0 items, 1 errors");
        assertThat(r.err()).contains("cal.ics: VEVENT UID broken@x 'Bad': DTSTART: not a date or date-time")
                .contains("unknown file type").contains("cannot read the file");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).containsPattern("mail.mbox: [12] items, [01] errors");
    }

    @Test
    void withoutCheckItNeedsAServerAndAFolder() throws Exception {
        Path vcf = Files.writeString(dir.resolve("p.vcf"), "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann\r\nEND:VCARD\r\n");
        Run r = run("import", vcf.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--server, --user and --folder");
    }

    @Test
    void mboxSplitsAndUnquotesWhatMboxWriterWrote() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        MboxWriter writer = new MboxWriter(out);
        List<String> bodies = List.of("Subject: a\r\n\r\nFrom here\r\n>From there\r\n", "Subject: b\r\n\r\nplain\r\n");
        for (String b : bodies) {
            writer.append("x@example.org", Instant.EPOCH, b.getBytes(StandardCharsets.US_ASCII));
        }
        List<MboxReader.Entry> entries = MboxReader.split(out.toByteArray());
        assertThat(entries).hasSize(2);
        assertThat(new String(entries.get(0).eml(), StandardCharsets.US_ASCII)).isEqualTo(bodies.get(0));
        assertThat(new String(entries.get(1).eml(), StandardCharsets.US_ASCII)).isEqualTo(bodies.get(1));
        assertThat(entries.get(1).line()).isGreaterThan(entries.get(0).line());
    }
}
