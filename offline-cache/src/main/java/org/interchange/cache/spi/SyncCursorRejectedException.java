package org.interchange.cache.spi;

/**
 * The server refused a folder's stored sync cursor (an ICS state it cannot use, [MS-OXCFXICS] 3.2.5.9.2.3):
 * the engine empties the folder's synced items and cursor and syncs it again from scratch.
 */
public class SyncCursorRejectedException extends BackendException {
    private static final long serialVersionUID = 1L;

    public SyncCursorRejectedException(String message, Throwable cause) {
        super(message, false, cause);
    }
}
