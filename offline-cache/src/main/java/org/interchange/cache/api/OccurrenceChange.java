package org.interchange.cache.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One changed occurrence of a series ([MS-OXOCAL] 2.2.1.44.2 ExceptionInfo): the occurrence that
 * would have started at {@code originalStart} starts and ends at new times, and may have its own
 * subject and location (null or empty: the series'). Stored in {@link PimFields#MODIFIED_OCCURRENCES}.
 */
public record OccurrenceChange(Instant originalStart, Instant start, Instant end, String subject, String location) {

    public OccurrenceChange {
        Objects.requireNonNull(originalStart, "originalStart");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("an occurrence cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    /** One line per change: five tab-separated parts, tabs, newlines and backslashes in texts escaped, empty for null. */
    public static String formatAll(List<OccurrenceChange> changes) {
        StringBuilder out = new StringBuilder();
        for (OccurrenceChange c : changes) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(c.originalStart).append('\t').append(c.start).append('\t').append(c.end).append('\t')
                    .append(escape(c.subject)).append('\t').append(escape(c.location));
        }
        return out.toString();
    }

    /**
     * The changes written by {@link #formatAll}; null or blank gives none.
     *
     * @throws IllegalArgumentException naming the line that is malformed
     */
    public static List<OccurrenceChange> parseAll(String text) {
        List<OccurrenceChange> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        int number = 0;
        for (String line : text.split("\n")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (parts.length != 5) {
                throw new IllegalArgumentException("occurrence change line " + number + " has " + parts.length
                        + " parts, not 5");
            }
            try {
                out.add(new OccurrenceChange(Instant.parse(parts[0]), Instant.parse(parts[1]), Instant.parse(parts[2]),
                        unescape(parts[3]), unescape(parts[4])));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("occurrence change line " + number + " has a bad time: "
                        + e.getParsedString(), e);
            }
        }
        return out;
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static String unescape(String text) {
        if (text.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
