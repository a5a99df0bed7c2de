package org.interchange.app.setup;

/** A step of account setup that failed; the message is written for the user, not for a log. */
public final class SetupException extends Exception {
    private static final long serialVersionUID = 1L;

    public SetupException(String message, Throwable cause) {
        super(message, cause);
    }

    public SetupException(String message) {
        super(message);
    }
}
