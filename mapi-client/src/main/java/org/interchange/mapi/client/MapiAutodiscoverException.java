package org.interchange.mapi.client;

import java.util.List;

/**
 * Autodiscover found no MAPI/HTTP settings, [MS-OXDSCLI] 3.1.5: every candidate URL failed, the
 * server answered with an Error, the redirects exceeded the limit, or the answer had no Protocol of
 * Type "mapiHttp". {@link #attempts()} lists what happened at each URL tried.
 */
public class MapiAutodiscoverException extends MapiException {
    private static final long serialVersionUID = 1L;
    private final List<String> attempts;

    public MapiAutodiscoverException(String message, List<String> attempts) {
        super(message + (attempts.isEmpty() ? "" : ": " + String.join("; ", attempts)));
        this.attempts = List.copyOf(attempts);
    }

    public List<String> attempts() {
        return attempts;
    }
}
