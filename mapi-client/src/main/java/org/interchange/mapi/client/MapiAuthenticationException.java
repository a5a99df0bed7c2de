package org.interchange.mapi.client;

/**
 * The server rejected the credentials (HTTP 401/403, or X-ResponseCode 8 Anonymous Not Allowed /
 * 11 No Privilege), [MS-OXCMAPIHTTP] 2.2.3.3.3. The message never contains the credentials.
 */
public class MapiAuthenticationException extends MapiException {
    private static final long serialVersionUID = 1L;

    public MapiAuthenticationException(String message) {
        super(message);
    }
}
