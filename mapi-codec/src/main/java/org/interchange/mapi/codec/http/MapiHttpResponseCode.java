package org.interchange.mapi.codec.http;

import java.util.Optional;

/** Values of the X-ResponseCode header, [MS-OXCMAPIHTTP] 2.2.3.3.3. */
public enum MapiHttpResponseCode {
    SUCCESS(0),
    UNKNOWN_FAILURE(1),
    INVALID_VERB(2),
    INVALID_PATH(3),
    INVALID_HEADER(4),
    INVALID_REQUEST_TYPE(5),
    INVALID_CONTEXT_COOKIE(6),
    MISSING_HEADER(7),
    ANONYMOUS_NOT_ALLOWED(8),
    TOO_LARGE(9),
    CONTEXT_NOT_FOUND(10),
    NO_PRIVILEGE(11),
    INVALID_REQUEST_BODY(12),
    MISSING_COOKIE(13),
    RESERVED(14),
    INVALID_SEQUENCE(15),
    ENDPOINT_DISABLED(16),
    INVALID_RESPONSE(17),
    ENDPOINT_SHUTTING_DOWN(18);

    private final int code;

    MapiHttpResponseCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The header value as written on the wire (decimal). */
    public String headerValue() {
        return Integer.toString(code);
    }

    public static Optional<MapiHttpResponseCode> fromCode(int code) {
        MapiHttpResponseCode[] all = values();
        return code >= 0 && code < all.length ? Optional.of(all[code]) : Optional.empty();
    }
}
