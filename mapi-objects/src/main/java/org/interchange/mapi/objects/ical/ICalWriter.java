package org.interchange.mapi.objects.ical;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes components as content lines (RFC 5545 3.1): CRLF line ends, lines folded at 75 octets. */
public final class ICalWriter {
    private static final int MAX_OCTETS = 75;

    private ICalWriter() {
    }

    public static String write(ICalComponent component) {
        StringBuilder out = new StringBuilder();
        write(component, out);
        return out.toString();
    }

    private static void write(ICalComponent c, StringBuilder out) {
        line("BEGIN:" + c.name(), out);
        for (ICalProperty p : c.properties()) {
            StringBuilder l = new StringBuilder(p.name());
            for (Map.Entry<String, String> param : p.parameters().entrySet()) {
                l.append(';').append(param.getKey()).append('=').append(quoted(param.getValue()));
            }
            line(l.append(':').append(p.value()).toString(), out);
        }
        for (ICalComponent child : c.components()) {
            write(child, out);
        }
        line("END:" + c.name(), out);
    }

    private static String quoted(String value) {
        String clean = value.replace("\"", "'");
        return clean.indexOf(':') >= 0 || clean.indexOf(';') >= 0 || clean.indexOf(',') >= 0
                ? "\"" + clean + "\"" : clean;
    }

    /** Folds after at most 75 octets without splitting a UTF-8 sequence or a surrogate pair. */
    private static void line(String line, StringBuilder out) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
