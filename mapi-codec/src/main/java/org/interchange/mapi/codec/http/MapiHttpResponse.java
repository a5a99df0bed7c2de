package org.interchange.mapi.codec.http;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * A complete MAPI/HTTP response body, [MS-OXCMAPIHTTP] 2.2.2.2 and 2.2.7: the PROCESSING meta-tag,
 * {@code pendingCount} PENDING meta-tags, DONE, the additional headers (for example X-ResponseCode,
 * X-ElapsedTime, X-StartTime), an empty line, then the binary body of the request type.
 *
 * @param pendingCount      how many PENDING keep-alive lines came between PROCESSING and DONE
 * @param additionalHeaders the headers after DONE, in wire order, names as sent
 * @param body              the binary response body (for example an Execute response body)
 */
public record MapiHttpResponse(int pendingCount, Map<String, String> additionalHeaders, byte[] body) {

    public MapiHttpResponse {
        if (pendingCount < 0) {
            throw new IllegalArgumentException("pendingCount " + pendingCount + " < 0");
        }
        additionalHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(additionalHeaders));
        for (Map.Entry<String, String> h : additionalHeaders.entrySet()) {
            MapiHttpResponseWriter.checkHeader(h.getKey(), h.getValue());
        }
        body = body.clone();
    }

    /** A response with no PENDING lines whose additional headers hold X-ResponseCode and the given extras. */
    public static MapiHttpResponse of(MapiHttpResponseCode code, Map<String, String> extraHeaders, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(MapiHttpHeaders.X_RESPONSE_CODE, code.headerValue());
        headers.putAll(extraHeaders);
        return new MapiHttpResponse(0, headers, body);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The additional header of that name, compared without regard to case. */
    public Optional<String> header(String name) {
        for (Map.Entry<String, String> h : additionalHeaders.entrySet()) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return Optional.of(h.getValue());
            }
        }
        return Optional.empty();
    }

    /** The numeric X-ResponseCode of the additional headers, if present. */
    public OptionalInt responseCode() {
        Optional<String> v = header(MapiHttpHeaders.X_RESPONSE_CODE);
        if (v.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(v.get().strip()));
        } catch (NumberFormatException e) {
            throw new MapiCodecException("X-ResponseCode '" + v.get() + "' is not a number", e);
        }
    }

    /** Encodes this response as {@link MapiHttpResponseWriter#write} does. */
    public byte[] encode() {
        return MapiHttpResponseWriter.write(this);
    }

    /** Parses a complete response body, see {@link MapiHttpResponseParser}. */
    public static MapiHttpResponse decode(byte[] data) {
        return MapiHttpResponseParser.parse(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapiHttpResponse r && pendingCount == r.pendingCount
                && additionalHeaders.equals(r.additionalHeaders) && Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return (pendingCount * 31 + additionalHeaders.hashCode()) * 31 + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "MapiHttpResponse[pending=" + pendingCount + ", headers=" + additionalHeaders
                + ", body=" + body.length + " bytes]";
    }
}
