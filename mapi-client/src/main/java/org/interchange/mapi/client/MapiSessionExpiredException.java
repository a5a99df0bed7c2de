package org.interchange.mapi.client;

/**
 * The Session Context is gone on the server (X-ResponseCode 6 Invalid Context Cookie, 10 Context
 * Not Found, 13 Missing Cookie, 15 Invalid Sequence), [MS-OXCMAPIHTTP] 3.1.5.4: the caller must
 * connect a new session.
 */
public class MapiSessionExpiredException extends MapiResponseCodeException {
    private static final long serialVersionUID = 1L;

    public MapiSessionExpiredException(String message, int responseCode) {
        super(message, responseCode);
    }
}
