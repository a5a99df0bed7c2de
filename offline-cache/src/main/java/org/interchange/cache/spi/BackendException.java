package org.interchange.cache.spi;

/** A backend failed to talk to its server; {@code offline} tells the engine the server could not be reached. */
public class BackendException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean offline;

    public BackendException(String message, boolean offline, Throwable cause) {
        super(message, cause);
        this.offline = offline;
    }

    public boolean offline() {
        return offline;
    }
}
