package org.interchange.mapi.client;

/** The server did not answer, or stopped sending, within the configured timeouts, [MS-OXCMAPIHTTP] 3.1.5.4. */
public class MapiTimeoutException extends MapiTransportException {
    private static final long serialVersionUID = 1L;

    public MapiTimeoutException(String message) {
        super(message, -1);
    }

    public MapiTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
