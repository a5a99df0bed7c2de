package org.interchange.mapi.client;

/**
 * Base of every failure the client library reports, [MS-OXCMAPIHTTP] 2.2.3.3.3 and [MS-OXCDATA] 2.4.
 * Unchecked so that paged table iteration stays usable; callers catch the subclasses they can act on.
 */
public class MapiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MapiException(String message) {
        super(message);
    }

    public MapiException(String message, Throwable cause) {
        super(message, cause);
    }
}
