package org.interchange.mapi.client;

/**
 * The server answered with a non-zero X-ResponseCode, [MS-OXCMAPIHTTP] 2.2.3.3.3.
 * {@link #responseCode()} is the numeric code; the message names it and carries the server's
 * diagnostic text, if any.
 */
public class MapiResponseCodeException extends MapiException {
    private static final long serialVersionUID = 1L;
    private final int responseCode;

    public MapiResponseCodeException(String message, int responseCode) {
        super(message);
        this.responseCode = responseCode;
    }

    public int responseCode() {
        return responseCode;
    }
}
