package org.interchange.mapi.server.accounts;

/** An account operation that cannot be done: unknown user, duplicate name or address, or a storage failure. */
public final class AccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccountException(String message) {
        super(message);
    }

    public AccountException(String message, Throwable cause) {
        super(message, cause);
    }
}
