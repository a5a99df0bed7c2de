package org.interchange.mapi.objects.rtf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The plain text of an RTF body (RTF 1.9.1, as kept in PidTagRtfCompressed, [MS-OXRTFCP] 2.1.3):
 * text outside ignorable destinations, {@code \par} and {@code \line} as line breaks,
 * {@code \tab} as a tab, {@code \'hh} bytes in the {@code \ansicpg} code page, the u control word
 * characters with the fallback bytes of uc skipped. For RTF written with {@code \fromhtml1} use
 * {@link RtfHtmlExtractor} instead.
 */
public final class RtfTextExtractor {
    private static final int MAX_DEPTH = 1000;
    /** Destinations whose content is not text of the body. */
    private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "info", "pict",
            "header", "footer", "headerl", "headerr", "footerl", "footerr", "object", "listtable",
            "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "themedata", "colorschememapping",
            "latentstyles", "datastore", "filetbl", "fldinst", "revtbl", "footnote", "annotation");

    private RtfTextExtractor() {
    }

    /** The text of {@code rtf}; fails with {@link RtfFormatException} for malformed RTF. */
    public static String extract(byte[] rtf) {
        return new Extraction(rtf).run();
    }

    /** Per-group state, saved at "{" and restored at "}". */
    private record State(boolean skip, int unicodeSkip) {
    }

    private static final class Extraction {
        private final RtfTokenizer t;
        private final StringBuilder text = new StringBuilder();
        private final ByteArrayOutputStream pendingBytes = new ByteArrayOutputStream();
        private final Deque<State> stack = new ArrayDeque<>();
        private State state = new State(false, 1);
        private Charset charset = Charset.forName("windows-1252");
        private boolean destinationNext;
        private int skipAfterUnicode;

        Extraction(byte[] rtf) {
            t = new RtfTokenizer(rtf);
        }

        String run() {
            while (t.next() != RtfTokenizer.Kind.END) {
                switch (t.kind) {
                    case OPEN -> open();
                    case CLOSE -> close();
                    case WORD -> word();
                    case SYMBOL -> symbol();
                    case HEX -> addByte(t.value, true);
                    case TEXT -> addByte(t.value, false);
                    default -> { }
                }
            }
            flush();
            return text.toString().strip();
        }

        private void open() {
            if (stack.size() == MAX_DEPTH) {
                throw new RtfFormatException("RTF groups nested deeper than " + MAX_DEPTH);
            }
            flush();
            stack.push(state);
            destinationNext = true;
        }

        private void close() {
            flush();
            if (stack.isEmpty()) {
                throw new RtfFormatException("unbalanced '}' at offset " + (t.position() - 1));
            }
            state = stack.pop();
            destinationNext = false;
            skipAfterUnicode = 0;
        }

        private void word() {
            boolean first = destinationNext;
            destinationNext = false;
            if (first && SKIPPED.contains(t.name)) {
                state = new State(true, state.unicodeSkip());
                return;
            }
            switch (t.name) {
                case "ansicpg" -> charset = codePage(t.value);
                case "uc" -> state = new State(state.skip(), t.hasParameter() ? Math.max(0, t.value) : 1);
                case "u" -> {
                    flush();
                    if (!state.skip() && t.hasParameter()) {
                        text.append((char) (t.value < 0 ? t.value + 0x10000 : t.value));
                    }
                    skipAfterUnicode = state.unicodeSkip();
                }
                case "par", "line", "sect", "page" -> emit("\n");
                case "tab" -> emit("\t");
                case "emdash" -> emit("\u2014");
                case "endash" -> emit("\u2013");
                case "bullet" -> emit("\u2022");
                case "lquote" -> emit("\u2018");
                case "rquote" -> emit("\u2019");
                case "ldblquote" -> emit("\u201C");
                case "rdblquote" -> emit("\u201D");
                default -> { }
            }
        }

        private void symbol() {
            boolean first = destinationNext;
            destinationNext = false;
            if (first && t.value == '*') {
                state = new State(true, state.unicodeSkip());
                return;
            }
            switch (t.value) {
                case '\\', '{', '}' -> addByte(t.value, false);
                case '~' -> emit("\u00A0");
                case '_' -> emit("\u2011");
                default -> { }
            }
        }

        private void emit(String s) {
            flush();
            if (!state.skip()) {
                text.append(s);
            }
        }

        private void addByte(int b, boolean hex) {
            destinationNext = false;
            if (skipAfterUnicode > 0) {
                skipAfterUnicode--;
                return;
            }
            if (state.skip() || !hex && (b == '\r' || b == '\n')) {
                return;
            }
            pendingBytes.write(b);
        }

        private void flush() {
            if (pendingBytes.size() > 0) {
                text.append(new String(pendingBytes.toByteArray(), charset));
                pendingBytes.reset();
            }
        }

        private static Charset codePage(int cp) {
            if (cp == 65001) {
                return java.nio.charset.StandardCharsets.UTF_8;
            }
            for (String name : new String[] {"windows-" + cp, "cp" + cp, "x-windows-" + cp}) {
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    // try the next spelling
                }
            }
            return Charset.forName("windows-1252");
        }
    }
}
