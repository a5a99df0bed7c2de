package org.interchange.mapi.client;

import java.time.Duration;

/**
 * The server asked the client to back off (HTTP 503/429 with Retry-After, RopBackoff, or
 * ecServerBusy), [MS-OXCROPS] 2.2.15.2 and [MS-OXCMAPIHTTP] 3.1.5.4. {@link #retryAfter()} is how
 * long the caller should wait before trying again.
 */
public class MapiServerBusyException extends MapiException {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    public MapiServerBusyException(String message, Duration retryAfter) {
        super(message + " (retry after " + retryAfter.toMillis() + " ms)");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
