package org.interchange.cache.api;

/** Progress of a sync, reported by the sync engine and backends; called from the sync thread. */
public interface SyncListener {
    SyncListener NONE = new SyncListener() {
    };

    default void syncStarted(String accountId) {
    }

    default void folderStarted(String folderServerId, String displayName, int expectedItems) {
    }

    default void folderProgress(String folderServerId, int itemsDone, int itemsTotal, long bytes) {
    }

    default void folderFinished(String folderServerId) {
    }

    default void folderFailed(String folderServerId, Exception error) {
    }

    default void syncFinished(String accountId, Exception errorOrNull) {
    }
}
