package org.interchange.cache.api;

/**
 * Progress of a sync, called from the sync thread. The sync engine reports the start and end of the
 * sync and of each folder; backends report {@link #folderProgress} while they download a folder.
 */
public interface SyncListener {
    SyncListener NONE = new SyncListener() {
    };

    default void syncStarted(String accountId) {
    }

    /** {@code expectedItems} is -1 when not known before the download. */
    default void folderStarted(String folderServerId, String displayName, int expectedItems) {
    }

    default void folderProgress(String folderServerId, int itemsDone, int itemsTotal, long bytes) {
    }

    default void folderFinished(String folderServerId) {
    }

    default void folderFailed(String folderServerId, Exception error) {
    }

    /**
     * The sync ended: {@code errorOrNull} is null when everything succeeded, the offline
     * {@link org.interchange.cache.spi.BackendException} when the server could not be reached, a
     * {@link java.util.concurrent.CancellationException} when cancelled, else the first failure.
     */
    default void syncFinished(String accountId, Exception errorOrNull) {
    }
}
