package org.interchange.mapi.client.internal.http;

import org.interchange.mapi.client.MapiAuthenticationException;
import org.interchange.mapi.client.MapiException;
import org.interchange.mapi.client.MapiResponseCodeException;
import org.interchange.mapi.client.MapiSessionExpiredException;
import org.interchange.mapi.codec.http.MapiHttpResponseCode;

/** Maps a non-zero X-ResponseCode to the typed exception the caller can act on, [MS-OXCMAPIHTTP] 2.2.3.3.3. */
final class ResponseCodeErrors {
    private ResponseCodeErrors() {
    }

    static MapiException toException(int code, String requestType, String diagnostic) {
        String name = MapiHttpResponseCode.fromCode(code).map(Enum::name).orElse("UNDEFINED");
        String message = requestType + " failed with X-ResponseCode " + code + " (" + name + ")"
                + (diagnostic.isEmpty() ? "" : ": " + diagnostic);
        return switch (MapiHttpResponseCode.fromCode(code).orElse(MapiHttpResponseCode.UNKNOWN_FAILURE)) {
            case INVALID_CONTEXT_COOKIE, CONTEXT_NOT_FOUND, MISSING_COOKIE, INVALID_SEQUENCE ->
                    new MapiSessionExpiredException(message, code);
            case ANONYMOUS_NOT_ALLOWED, NO_PRIVILEGE -> new MapiAuthenticationException(message);
            default -> new MapiResponseCodeException(message, code);
        };
    }
}
