package org.interchange.mapi.server.store;

/** The folder or message named does not exist in the mailbox (ecNotFound, [MS-OXCDATA] 2.4.1). */
public final class NoSuchObjectException extends StoreException {
    private static final long serialVersionUID = 1L;

    public NoSuchObjectException(String message) {
        super(message);
    }
}
