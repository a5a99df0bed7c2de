package org.interchange.mapi.objects.rtf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * De-encapsulates HTML from RTF written with {@code \fromhtml1}, [MS-OXRTFEX] 2.1.3: the content
 * of {@code {\*\htmltag}} groups and the text outside {@code \htmlrtf} ... {@code \htmlrtf0}
 * spans are the HTML; every other destination is dropped. Bytes from {@code \'hh} and text use
 * the {@code \ansicpg} code page; the u control word gives Unicode characters.
 */
public final class RtfHtmlExtractor {
    private static final int MAX_DEPTH = 1000;
    private static final int HEADER_TOKENS = 10;
    /** Destinations that carry no HTML text ([MS-OXRTFEX] 2.1.3.1.4 drops all but htmltag). */
    private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "info", "pict",
            "header", "footer", "object", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl",
            "themedata", "colorschememapping", "latentstyles", "datastore", "filetbl");

    private RtfHtmlExtractor() {
    }

    /** True if the RTF header carries {@code \fromhtml1} ([MS-OXRTFEX] 2.1.3.1.1). */
    public static boolean isEncapsulatedHtml(byte[] rtf) {
        RtfTokenizer t = new RtfTokenizer(rtf);
        for (int i = 0; i < HEADER_TOKENS; i++) {
            RtfTokenizer.Kind k = t.next();
            if (k == RtfTokenizer.Kind.END || k == RtfTokenizer.Kind.TEXT) {
                return false;
            }
            if (k == RtfTokenizer.Kind.WORD && t.name.equals("fromhtml") && t.value == 1) {
                return true;
            }
        }
        return false;
    }

    /** The encapsulated HTML; fails with {@link RtfFormatException} if the RTF is not \fromhtml1 or is malformed. */
    public static String extract(byte[] rtf) {
        if (!isEncapsulatedHtml(rtf)) {
            throw new RtfFormatException("not HTML encapsulated in RTF: no \\fromhtml1 in the header");
        }
        return new Extraction(rtf).run();
    }

    /** Per-group state, saved at "{" and restored at "}". */
    private record State(boolean skip, boolean tag, boolean suppressed, int unicodeSkip) {
    }

    private static final class Extraction {
        private final RtfTokenizer t;
        private final StringBuilder html = new StringBuilder();
        private final ByteArrayOutputStream pendingBytes = new ByteArrayOutputStream();
        private final Deque<State> stack = new ArrayDeque<>();
        private State state = new State(false, false, false, 1);
        private Charset charset = Charset.forName("windows-1252");
        private boolean destinationNext;
        private boolean groupStart;
        private int toSkip;

        Extraction(byte[] rtf) {
            this.t = new RtfTokenizer(rtf);
        }

        String run() {
            for (RtfTokenizer.Kind k = t.next(); k != RtfTokenizer.Kind.END; k = t.next()) {
                boolean wasGroupStart = groupStart;
                groupStart = false;
                switch (k) {
                    case OPEN -> open();
                    case CLOSE -> close();
                    case WORD -> word(wasGroupStart);
                    case SYMBOL -> symbol(wasGroupStart);
                    case HEX -> character(-1, t.value);
                    case TEXT -> character(-1, t.value);
                    case END -> { }
                }
            }
            if (!stack.isEmpty()) {
                throw new RtfFormatException("RTF ends with " + stack.size() + " group(s) still open");
            }
            flushBytes();
            return html.toString();
        }

        private void open() {
            if (stack.size() == MAX_DEPTH) {
                throw new RtfFormatException("groups nested deeper than " + MAX_DEPTH + " at offset " + t.position());
            }
            stack.push(state);
            groupStart = true;
            toSkip = 0;
        }

        private void close() {
            if (stack.isEmpty()) {
                throw new RtfFormatException("unbalanced } at offset " + (t.position() - 1));
            }
            flushBytes();
            state = stack.pop();
            destinationNext = false;
            toSkip = 0;
        }

        private void symbol(boolean atGroupStart) {
            switch (t.value) {
                case '*' -> destinationNext = atGroupStart;
                case '{', '}', '\\' -> character(t.value, -1);
                case '~' -> character('\u00A0', -1);
                case '_' -> character('\u2011', -1);
                default -> { }
            }
        }

        private void word(boolean atGroupStart) {
            String name = t.name;
            if (destinationNext) {
                destinationNext = false;
                boolean tag = name.equals("htmltag");
                state = new State(state.skip || !tag, tag, state.suppressed, state.unicodeSkip);
                return;
            }
            if (atGroupStart && SKIPPED.contains(name)) {
                state = new State(true, state.tag, state.suppressed, state.unicodeSkip);
                return;
            }
            switch (name) {
                case "htmlrtf" -> state = new State(state.skip, state.tag, !t.hasParameter() || t.value != 0,
                        state.unicodeSkip);
                case "ansicpg" -> charset = codePage(t.value);
                case "uc" -> state = new State(state.skip, state.tag, state.suppressed, Math.max(0, t.value));
                case "u" -> {
                    if (t.hasParameter()) {
                        character((char) (t.value < 0 ? t.value + 65536 : t.value), -1);
                        toSkip = state.unicodeSkip;
                    }
                }
                case "par", "line" -> character(-2, -1);
                case "tab" -> character('\t', -1);
                case "lquote" -> character('\u2018', -1);
                case "rquote" -> character('\u2019', -1);
                case "ldblquote" -> character('\u201C', -1);
                case "rdblquote" -> character('\u201D', -1);
                case "bullet" -> character('\u2022', -1);
                case "endash" -> character('\u2013', -1);
                case "emdash" -> character('\u2014', -1);
                default -> { }
            }
        }

        /**
         * Emits one character (a char, -2 for a line break) or one byte (to decode with the code page),
         * unless skipped after a u control word (uc), dropped with the destination or suppressed by \htmlrtf.
         */
        private void character(int ch, int b) {
            if (toSkip > 0 && (b >= 0 || ch >= 0)) {
                toSkip--;
                return;
            }
            if (state.skip || (state.suppressed && !state.tag)) {
                return;
            }
            if (b >= 0) {
                pendingBytes.write(b);
                return;
            }
            flushBytes();
            if (ch == -2) {
                html.append("\r\n");
            } else {
                html.append((char) ch);
            }
        }

        private void flushBytes() {
            if (pendingBytes.size() > 0) {
                html.append(new String(pendingBytes.toByteArray(), charset));
                pendingBytes.reset();
            }
        }

        private static Charset codePage(int cp) {
            if (cp == 65001) {
                return StandardCharsets.UTF_8;
            }
            for (String name : new String[] {"windows-" + cp, "cp" + cp, "x-windows-" + cp, "x-IBM" + cp}) {
                if (Charset.isSupported(name)) {
                    return Charset.forName(name);
                }
            }
            throw new RtfFormatException("\\ansicpg" + cp + ": code page not supported");
        }
    }
}
