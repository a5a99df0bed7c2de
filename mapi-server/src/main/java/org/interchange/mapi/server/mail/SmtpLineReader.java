package org.interchange.mapi.server.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the lines of an SMTP/LMTP dialogue (RFC 5321 2.3.8) with a bound on line length and
 * the dot-terminated DATA section (4.5.2) with a bound on message size, so a peer cannot make
 * the server hold more than the bounds allow.
 */
final class SmtpLineReader {
    /** A line or a message that is longer than allowed. */
    static final class TooLongException extends IOException {
        private static final long serialVersionUID = 1L;
        private final boolean inSync;

        TooLongException(String message, boolean inSync) {
            super(message);
            this.inSync = inSync;
        }

        /** Whether the rest of the input was read, so the dialogue can go on. */
        boolean inSync() {
            return inSync;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;

    SmtpLineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next command line without its line ending, or null at end of stream. */
    String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        if (!readRawLine(line, maxLineBytes)) {
            return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /**
     * The DATA section up to the line holding a single dot, with dot-stuffing removed and CRLF line
     * endings. Past {@code maxBytes} the rest is read and dropped, then {@link TooLongException}.
     */
    byte[] readData(long maxBytes) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream(8192);
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        boolean tooLong = false;
        while (true) {
            line.reset();
            if (!readRawLine(line, (int) Math.min(maxBytes + 2, Integer.MAX_VALUE - 8)) && line.size() == 0) {
                throw new IOException("connection closed during DATA");
            }
            byte[] bytes = line.toByteArray();
            if (bytes.length == 1 && bytes[0] == '.') {
                break;
            }
            int from = bytes.length > 0 && bytes[0] == '.' ? 1 : 0;
            if (message.size() + bytes.length + 2L > maxBytes) {
                tooLong = true;
                message.reset();
                continue;
            }
            if (!tooLong) {
                message.write(bytes, from, bytes.length - from);
                message.write('\r');
                message.write('\n');
            }
        }
        if (tooLong) {
            throw new TooLongException("message larger than " + maxBytes + " bytes", true);
        }
        return message.toByteArray();
    }

    /** Reads up to LF (dropping a CR before it) into {@code out}; false at end of stream. */
    private boolean readRawLine(ByteArrayOutputStream out, int max) throws IOException {
        int previous = -1;
        int count = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (previous >= 0) {
                    out.write(previous);
                }
                return false;
            }
            if (b == '\n') {
                if (previous >= 0 && previous != '\r') {
                    out.write(previous);
                }
                return true;
            }
            if (previous >= 0) {
                out.write(previous);
            }
            previous = b;
            if (++count > max) {
                throw new TooLongException("line longer than " + max + " bytes", false);
            }
        }
    }
}
