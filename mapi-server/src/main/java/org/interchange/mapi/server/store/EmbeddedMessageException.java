package org.interchange.mapi.server.store;

/** A stored embedded message ([MS-OXCMSG] 2.2.2.9 afEmbeddedMessage) is malformed or too large. */
public final class EmbeddedMessageException extends StoreException {
    private static final long serialVersionUID = 1L;

    public EmbeddedMessageException(String message) {
        super(message);
    }

    public EmbeddedMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
