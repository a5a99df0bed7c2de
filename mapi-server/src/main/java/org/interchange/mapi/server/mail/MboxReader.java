package org.interchange.mapi.server.mail;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Splits an mbox file (the mboxrd and mboxo variants of RFC 4155) into messages as it streams:
 * a line starting "From " begins a message, and one leading {@code >} is removed from
 * {@code >From } lines. Messages larger than the limit are skipped and counted.
 */
public final class MboxReader {
    private final long maxMessageBytes;

    public MboxReader(long maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
    }

    /** Calls {@code sink} with each message (CRLF line endings); returns the number of oversized messages skipped. */
    public int read(InputStream input, Consumer<byte[]> sink) throws IOException {
        InputStream in = new BufferedInputStream(input, 65536);
        ByteArrayOutputStream message = null;
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        boolean oversized = false;
        int skipped = 0;
        while (readLine(in, line)) {
            byte[] bytes = line.toByteArray();
            if (startsWith(bytes, 0, "From ")) {
                if (message != null && !oversized) {
                    sink.accept(message.toByteArray());
                } else if (oversized) {
                    skipped++;
                }
                message = new ByteArrayOutputStream(8192);
                oversized = false;
                continue;
            }
            if (message == null) {
                throw new IOException("not an mbox file: the first line does not start with 'From '");
            }
            if (oversized) {
                continue;
            }
            int from = unquoteOffset(bytes);
            if (message.size() + bytes.length + 2L > maxMessageBytes) {
                oversized = true;
                message.reset();
                continue;
            }
            message.write(bytes, from, bytes.length - from);
            message.write('\r');
            message.write('\n');
        }
        if (message != null) {
            if (oversized) {
                skipped++;
            } else {
                sink.accept(message.toByteArray());
            }
        }
        return skipped;
    }

    /** mboxrd: {@code >From }, {@code >>From } … lose one {@code >}. */
    private static int unquoteOffset(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && bytes[i] == '>') {
            i++;
        }
        return i > 0 && startsWith(bytes, i, "From ") ? 1 : 0;
    }

    private static boolean startsWith(byte[] bytes, int offset, String prefix) {
        if (bytes.length - offset < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[offset + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Reads one line without its ending into {@code line}, at most the message limit; false at end of input. */
    private boolean readLine(InputStream in, ByteArrayOutputStream line) throws IOException {
        line.reset();
        int b = in.read();
        if (b < 0) {
            return false;
        }
        while (b >= 0 && b != '\n') {
            if (line.size() <= maxMessageBytes) {
                line.write(b);
            }
            b = in.read();
        }
        byte[] raw = line.toByteArray();
        if (raw.length > 0 && raw[raw.length - 1] == '\r') {
            line.reset();
            line.write(raw, 0, raw.length - 1);
        }
        return true;
    }
}
