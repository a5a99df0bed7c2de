package org.interchange.tools;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an mbox (RFC 4155, mboxrd quoting as {@link MboxWriter} writes it) into its messages:
 * a message starts at a "From " line at the start of the file or after an empty line; one '>'
 * is removed from body lines of the form {@code >+From }.
 */
final class MboxReader {
    /** One message with the line its From_ line was on, for error messages. */
    record Entry(int line, byte[] eml) {
    }

    private MboxReader() {
    }

    static List<Entry> split(byte[] mbox) {
        List<Entry> out = new ArrayList<>();
        ByteArrayOutputStream current = null;
        int currentLine = 0;
        boolean previousBlank = true;
        int lineNo = 0;
        int start = 0;
        for (int i = 0; i <= mbox.length; i++) {
            if (i < mbox.length && mbox[i] != '\n') {
                continue;
            }
            lineNo++;
            int end = i > start && mbox[i - 1] == '\r' ? i - 1 : i;
            boolean fromLine = startsWith(mbox, start, end, 0);
            if (fromLine && previousBlank) {
                if (current != null) {
                    out.add(new Entry(currentLine, trimTrailingBlank(current.toByteArray())));
                }
                current = new ByteArrayOutputStream();
                currentLine = lineNo;
            } else if (current != null) {
                int skip = quotedFrom(mbox, start, end) ? 1 : 0;
                current.write(mbox, start + skip, end - start - skip);
                current.write('\r');
                current.write('\n');
            }
            previousBlank = end == start;
            start = i + 1;
        }
        if (current != null) {
            out.add(new Entry(currentLine, trimTrailingBlank(current.toByteArray())));
        }
        return out;
    }

    private static boolean startsWith(byte[] b, int start, int end, int at) {
        int i = start + at;
        return end - i >= 5 && b[i] == 'F' && b[i + 1] == 'r' && b[i + 2] == 'o' && b[i + 3] == 'm' && b[i + 4] == ' ';
    }

    private static boolean quotedFrom(byte[] b, int start, int end) {
        int i = start;
        while (i < end && b[i] == '>') {
            i++;
        }
        return i > start && startsWith(b, i, end, 0);
    }

    /** The blank line mboxrd puts before the next From_ line belongs to no message. */
    private static byte[] trimTrailingBlank(byte[] eml) {
        int end = eml.length;
        while (end >= 2 && eml[end - 1] == '\n' && eml[end - 2] == '\r' && (end == 2 || eml[end - 3] == '\n')) {
            end -= 2;
        }
        return java.util.Arrays.copyOf(eml, end);
    }
}
