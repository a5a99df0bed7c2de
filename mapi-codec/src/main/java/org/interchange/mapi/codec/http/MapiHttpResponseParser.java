package org.interchange.mapi.codec.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * Push parser for the framing of a MAPI/HTTP response, [MS-OXCMAPIHTTP] 2.2.2.2 and 2.2.7: feed the
 * bytes as they arrive (in any split), then call {@link #finish()} at the end of the HTTP response.
 * Expects "PROCESSING", any number of "PENDING", "DONE" (each a line ending in CRLF; a bare LF is
 * accepted), then "Name: value" header lines up to an empty line, then the binary body. No I/O.
 */
public final class MapiHttpResponseParser {
    /** Longest meta-tag or header line accepted, CRLF included. */
    public static final int MAX_LINE_LENGTH = 4096;
    /** Most additional headers accepted after DONE. */
    public static final int MAX_HEADERS = 64;
    /** Default bound on the binary body. */
    public static final int DEFAULT_MAX_BODY = 32 * 1024 * 1024;

    private enum State { FIRST_TAG, TAGS, HEADERS, BODY }

    private final int maxBody;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private State state = State.FIRST_TAG;
    private int pendingCount;
    private long consumed;

    public MapiHttpResponseParser() {
        this(DEFAULT_MAX_BODY);
    }

    /** A parser that rejects bodies longer than {@code maxBody} bytes. */
    public MapiHttpResponseParser(int maxBody) {
        if (maxBody < 0) {
            throw new IllegalArgumentException("maxBody " + maxBody + " < 0");
        }
        this.maxBody = maxBody;
    }

    /** Parses a complete response body in one call. */
    public static MapiHttpResponse parse(byte[] data) {
        MapiHttpResponseParser p = new MapiHttpResponseParser(Math.max(data.length, 0));
        p.feed(data, 0, data.length);
        return p.finish();
    }

    public void feed(byte[] chunk) {
        feed(chunk, 0, chunk.length);
    }

    /** Consumes {@code len} bytes of the response; fails on the first framing error. */
    public void feed(byte[] chunk, int off, int len) {
        if (off < 0 || len < 0 || off + len > chunk.length) {
            throw new IndexOutOfBoundsException("slice " + off + "+" + len + " of " + chunk.length);
        }
        int i = off;
        int end = off + len;
        while (i < end && state != State.BODY) {
            byte b = chunk[i++];
            consumed++;
            if (b == '\n') {
                onLine(lineText());
            } else {
                if (line.size() >= MAX_LINE_LENGTH) {
                    throw new MapiCodecException("MAPI/HTTP response line longer than " + MAX_LINE_LENGTH
                            + " bytes at offset " + consumed);
                }
                line.write(b);
            }
        }
        if (i < end) {
            if ((long) body.size() + (end - i) > maxBody) {
                throw new MapiCodecException("MAPI/HTTP response body exceeds " + maxBody + " bytes");
            }
            body.write(chunk, i, end - i);
            consumed += end - i;
        }
    }

    /** How many PENDING meta-tags were seen so far. */
    public int pendingCount() {
        return pendingCount;
    }

    /** True once DONE and the empty line after the additional headers were read. */
    public boolean headersComplete() {
        return state == State.BODY;
    }

    /** The response read so far; fails if the response ended before the header block was complete. */
    public MapiHttpResponse finish() {
        if (state != State.BODY) {
            String where = switch (state) {
                case FIRST_TAG -> "before the PROCESSING meta-tag";
                case TAGS -> "before the DONE meta-tag";
                default -> "inside the additional headers after DONE";
            };
            throw new MapiCodecException("MAPI/HTTP response truncated " + where + " (" + consumed + " bytes read)");
        }
        MapiHttpResponse r = new MapiHttpResponse(pendingCount, headers, body.toByteArray());
        r.responseCode();
        return r;
    }

    private String lineText() {
        byte[] raw = line.toByteArray();
        line.reset();
        int n = raw.length;
        if (n > 0 && raw[n - 1] == '\r') {
            n--;
        }
        for (int k = 0; k < n; k++) {
            if (raw[k] < 0x20 && raw[k] != '\t' || raw[k] >= 0x7F) {
                throw new MapiCodecException("non-ASCII byte 0x" + Integer.toHexString(raw[k] & 0xFF)
                        + " in MAPI/HTTP response line ending at offset " + consumed);
            }
        }
        return new String(raw, 0, n, StandardCharsets.US_ASCII);
    }

    private void onLine(String text) {
        switch (state) {
            case FIRST_TAG -> {
                if (!text.equals(MapiHttpMetaTag.PROCESSING.name())) {
                    throw new MapiCodecException("MAPI/HTTP response must start with PROCESSING, found '" + text + "'");
                }
                state = State.TAGS;
            }
            case TAGS -> {
                if (text.equals(MapiHttpMetaTag.PENDING.name())) {
                    pendingCount++;
                } else if (text.equals(MapiHttpMetaTag.DONE.name())) {
                    state = State.HEADERS;
                } else {
                    throw new MapiCodecException("expected PENDING or DONE meta-tag, found '" + text + "'");
                }
            }
            case HEADERS -> onHeader(text);
            case BODY -> throw new IllegalStateException("no lines in the body");
        }
    }

    private void onHeader(String text) {
        if (text.isEmpty()) {
            state = State.BODY;
            return;
        }
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new MapiCodecException("malformed additional header line '" + text + "'");
        }
        String name = text.substring(0, colon).strip();
        String value = text.substring(colon + 1).strip();
        if (name.isEmpty() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new MapiCodecException("malformed additional header name in '" + text + "'");
        }
        if (headers.keySet().stream().anyMatch(name::equalsIgnoreCase)) {
            throw new MapiCodecException("additional header " + name + " repeated");
        }
        if (headers.size() == MAX_HEADERS) {
            throw new MapiCodecException("more than " + MAX_HEADERS + " additional headers");
        }
        headers.put(name, value);
    }
}
