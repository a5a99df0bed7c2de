package org.interchange.mapi.server.store;

/** A mailbox store operation failed (database error or a violated store invariant), [MS-OXCSTOR] 3.2. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
