package org.interchange.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Appends messages to an mbox in the mboxrd form (RFC 4155): a From_ line, body lines starting "From " quoted with '>'. */
final class MboxWriter {
    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);
    private final OutputStream out;

    MboxWriter(OutputStream out) {
        this.out = out;
    }

    void append(String envelopeSender, Instant date, byte[] eml) throws IOException {
        String sender = envelopeSender == null || envelopeSender.isBlank() ? "MAILER-DAEMON" : envelopeSender.strip();
        out.write(("From " + sender.replace(' ', '_') + " " + ASCTIME.format(date == null ? Instant.EPOCH : date) + "\n")
                .getBytes(StandardCharsets.US_ASCII));
        int lineStart = 0;
        for (int i = 0; i <= eml.length; i++) {
            if (i == eml.length || eml[i] == '\n') {
                int end = i;
                if (end > lineStart && eml[end - 1] == '\r') {
                    end--;
                }
                if (isQuotedFrom(eml, lineStart, end)) {
                    out.write('>');
                }
                out.write(eml, lineStart, end - lineStart);
                if (i < eml.length) {
                    out.write('\n');
                }
                lineStart = i + 1;
            }
        }
        out.write("\n\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** A line of the form {@code >*From } (mboxrd quotes every such line by one more '>'). */
    private static boolean isQuotedFrom(byte[] b, int start, int end) {
        int i = start;
        while (i < end && b[i] == '>') {
            i++;
        }
        return end - i >= 5 && b[i] == 'F' && b[i + 1] == 'r' && b[i + 2] == 'o' && b[i + 3] == 'm' && b[i + 4] == ' ';
    }
}
