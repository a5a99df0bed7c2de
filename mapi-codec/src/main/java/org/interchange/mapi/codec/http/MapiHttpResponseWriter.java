package org.interchange.mapi.codec.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * Writes the text framing of a MAPI/HTTP response, [MS-OXCMAPIHTTP] 2.2.2.2 and 2.2.7. A server that
 * streams sends {@link #processing()} first, {@link #pending()} every X-PendingPeriod, then
 * {@link #done(Map, byte[])}; {@link #write(MapiHttpResponse)} produces the same bytes at once.
 */
public final class MapiHttpResponseWriter {
    private static final byte[] CRLF = {'\r', '\n'};

    private MapiHttpResponseWriter() {
    }

    /** "PROCESSING\r\n". */
    public static byte[] processing() {
        return line(MapiHttpMetaTag.PROCESSING.name());
    }

    /** "PENDING\r\n". */
    public static byte[] pending() {
        return line(MapiHttpMetaTag.PENDING.name());
    }

    /** "DONE\r\n", each additional header as "Name: value\r\n", "\r\n", then the binary body. */
    public static byte[] done(Map<String, String> additionalHeaders, byte[] body) {
        ByteWriter w = new ByteWriter(64 + body.length);
        w.bytes(line(MapiHttpMetaTag.DONE.name()));
        for (Map.Entry<String, String> h : additionalHeaders.entrySet()) {
            checkHeader(h.getKey(), h.getValue());
            w.bytes(line(h.getKey() + ": " + h.getValue()));
        }
        w.bytes(CRLF);
        w.bytes(body);
        return w.toByteArray();
    }

    /** The whole response: PROCESSING, the PENDING lines, then {@link #done(Map, byte[])}. */
    public static byte[] write(MapiHttpResponse response) {
        ByteWriter w = new ByteWriter();
        w.bytes(processing());
        for (int i = 0; i < response.pendingCount(); i++) {
            w.bytes(pending());
        }
        w.bytes(done(response.additionalHeaders(), response.body()));
        return w.toByteArray();
    }

    /** Rejects header names and values that would break the line framing. */
    static void checkHeader(String name, String value) {
        if (name.isEmpty() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7F && c != ':')) {
            throw new IllegalArgumentException("invalid header name '" + name + "'");
        }
        if (!value.chars().allMatch(c -> c >= 0x20 && c < 0x7F || c == '\t')) {
            throw new IllegalArgumentException("invalid characters in value of header " + name);
        }
    }

    private static byte[] line(String text) {
        return (text + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }
}
