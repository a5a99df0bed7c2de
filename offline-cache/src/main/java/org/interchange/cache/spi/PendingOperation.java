package org.interchange.cache.spi;

/** A local change waiting for upload: {@code kind} says what (e.g. SET_READ), {@code value} its argument. */
public record PendingOperation(long id, String folderServerId, String itemServerId, Kind kind, String value) {
    /** What a pending operation does. */
    public enum Kind { SET_READ, SET_FLAGGED, DELETE, MOVE }
}
