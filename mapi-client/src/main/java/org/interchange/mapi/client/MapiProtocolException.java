package org.interchange.mapi.client;

/**
 * The server's response could not be understood (truncated, garbage, or not what the request
 * asked for), [MS-OXCMAPIHTTP] 2.2.2.2 and [MS-OXCROPS] 2.2.1.
 */
public class MapiProtocolException extends MapiException {
    private static final long serialVersionUID = 1L;

    public MapiProtocolException(String message) {
        super(message);
    }

    public MapiProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
