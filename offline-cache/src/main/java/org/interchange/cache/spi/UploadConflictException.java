package org.interchange.cache.spi;

/**
 * The server refused a change because the item changed or vanished there since the cache last saw it
 * ([MS-OXCFXICS] 3.3.5.8.2 conflict detection). The engine keeps the local version as a conflict copy.
 */
public class UploadConflictException extends BackendException {
    private static final long serialVersionUID = 1L;
    private final boolean gone;

    /** {@code gone}: the item no longer exists on the server (rather than: it was changed there). */
    public UploadConflictException(String message, boolean gone) {
        super(message, false, null);
        this.gone = gone;
    }

    public boolean gone() {
        return gone;
    }
}
