package org.interchange.mapi.server.mail;

/** A message that could not be delivered; {@link #permanent()} says whether the MTA should stop retrying. */
public final class DeliveryException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean permanent;

    public DeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
