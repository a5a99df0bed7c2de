package org.interchange.mapi.client;

/**
 * The HTTP exchange itself failed (connection refused or reset, unexpected HTTP status),
 * [MS-OXCMAPIHTTP] 2.1. {@link #httpStatus()} is -1 when no HTTP status was received.
 */
public class MapiTransportException extends MapiException {
    private static final long serialVersionUID = 1L;
    private final int httpStatus;

    public MapiTransportException(String message, int httpStatus) {
        super(message);
        this.httpStatus = httpStatus;
    }

    public MapiTransportException(String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = -1;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
