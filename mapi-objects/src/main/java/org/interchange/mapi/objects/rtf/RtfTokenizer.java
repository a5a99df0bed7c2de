package org.interchange.mapi.objects.rtf;

import java.nio.charset.StandardCharsets;

/**
 * Splits RTF into groups, control words, control symbols and text bytes (the RTF 1.9.1 syntax
 * that [MS-OXRTFEX] 2.1.3 builds on). Control word names are at most 32 letters and parameters at
 * most 10 digits; longer ones are refused.
 */
final class RtfTokenizer {
    enum Kind { OPEN, CLOSE, WORD, SYMBOL, HEX, TEXT, END }

    private static final int MAX_NAME = 32;
    private static final int MAX_DIGITS = 10;

    private final byte[] in;
    private int pos;

    Kind kind;
    String name;
    /** The parameter of a WORD (or {@code Integer.MIN_VALUE} if none), the byte of HEX and TEXT, the char of SYMBOL. */
    int value;

    RtfTokenizer(byte[] rtf) {
        this.in = rtf;
    }

    int position() {
        return pos;
    }

    boolean hasParameter() {
        return value != Integer.MIN_VALUE;
    }

    Kind next() {
        while (pos < in.length && (in[pos] == '\r' || in[pos] == '\n')) {
            pos++;
        }
        if (pos >= in.length) {
            return kind = Kind.END;
        }
        int c = in[pos++] & 0xFF;
        switch (c) {
            case '{' -> kind = Kind.OPEN;
            case '}' -> kind = Kind.CLOSE;
            case '\\' -> control();
            default -> {
                kind = Kind.TEXT;
                value = c;
            }
        }
        return kind;
    }

    private void control() {
        if (pos >= in.length) {
            throw new RtfFormatException("backslash at the end of the RTF");
        }
        int c = in[pos] & 0xFF;
        if (!letter(c)) {
            pos++;
            if (c == '\'') {
                if (pos + 2 > in.length) {
                    throw new RtfFormatException("\\' escape at offset " + (pos - 2) + " lacks two hex digits");
                }
                int hi = Character.digit(in[pos], 16);
                int lo = Character.digit(in[pos + 1], 16);
                if (hi < 0 || lo < 0) {
                    throw new RtfFormatException("\\' escape at offset " + (pos - 2) + " is not followed by hex digits");
                }
                pos += 2;
                kind = Kind.HEX;
                value = hi << 4 | lo;
            } else if (c == '\r' || c == '\n') {
                kind = Kind.WORD;
                name = "par";
                value = Integer.MIN_VALUE;
            } else {
                kind = Kind.SYMBOL;
                value = c;
            }
            return;
        }
        int start = pos;
        while (pos < in.length && letter(in[pos] & 0xFF)) {
            if (pos - start == MAX_NAME) {
                throw new RtfFormatException("control word at offset " + (start - 1) + " is longer than 32 letters");
            }
            pos++;
        }
        name = new String(in, start, pos - start, StandardCharsets.US_ASCII);
        value = Integer.MIN_VALUE;
        boolean negative = pos < in.length && in[pos] == '-';
        int digitsAt = negative ? pos + 1 : pos;
        int end = digitsAt;
        while (end < in.length && in[end] >= '0' && in[end] <= '9') {
            if (end - digitsAt == MAX_DIGITS) {
                throw new RtfFormatException("parameter of \\" + name + " at offset " + digitsAt + " has over 10 digits");
            }
            end++;
        }
        if (end > digitsAt) {
            long v = Long.parseLong(new String(in, digitsAt, end - digitsAt, StandardCharsets.US_ASCII));
            value = (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, negative ? -v : v));
            pos = end;
        }
        if (pos < in.length && in[pos] == ' ') {
            pos++;
        }
        kind = Kind.WORD;
    }

    private static boolean letter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
