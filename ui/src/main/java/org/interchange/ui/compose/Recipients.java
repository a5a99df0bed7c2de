package org.interchange.ui.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The recipients typed in a To, Cc or Bcc field (RFC 5322 3.4 address lists): "Name &lt;address&gt;" or
 * bare addresses separated by commas or semicolons; a comma inside a quoted name does not separate.
 */
public final class Recipients {
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>\",;]+@[^\\s@<>\",;]+");

    private Recipients() {
    }

    /** The entries of {@code field}, trimmed, empty ones left out. */
    public static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        if (field == null) {
            return out;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < field.length(); i++) {
            char ch = field.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            }
            if (!quoted && (ch == ',' || ch == ';')) {
                add(out, current);
            } else {
                current.append(ch);
            }
        }
        add(out, current);
        return out;
    }

    /** The entries of {@code field} that name no valid address, as typed. */
    public static List<String> invalid(String field) {
        return split(field).stream().filter(r -> address(r).isEmpty()).toList();
    }

    /** The lower-cased address of one entry, or empty when it has none. */
    public static Optional<String> address(String entry) {
        String text = entry == null ? "" : entry.strip();
        int open = text.lastIndexOf('<');
        if (open >= 0) {
            if (!text.endsWith(">")) {
                return Optional.empty();
            }
            text = text.substring(open + 1, text.length() - 1).strip();
        }
        return ADDRESS.matcher(text).matches() ? Optional.of(text.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** What is being typed: the text after the last separator outside quotes, trimmed. */
    public static String lastEntry(String field) {
        return field == null ? "" : field.substring(lastSeparator(field) + 1).strip();
    }

    /** {@code field} with the entry being typed replaced by {@code chosen}, ready for the next one. */
    public static String completeLast(String field, String chosen) {
        String kept = field == null ? "" : field.substring(0, lastSeparator(field) + 1);
        String prefix = kept.isEmpty() ? "" : kept.stripTrailing() + " ";
        return prefix + chosen + ", ";
    }

    /** Joins entries for a field, separated by ", ". */
    public static String join(List<String> entries) {
        return String.join(", ", entries);
    }

    private static int lastSeparator(String field) {
        int last = -1;
        boolean quoted = false;
        for (int i = 0; i < field.length(); i++) {
            char ch = field.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == ',' || ch == ';')) {
                last = i;
            }
        }
        return last;
    }

    private static void add(List<String> out, StringBuilder current) {
        String entry = current.toString().strip();
        if (!entry.isEmpty()) {
            out.add(entry);
        }
        current.setLength(0);
    }
}
