package org.interchange.cache.api;

/** Told after a cache transaction commits; called on the committing thread, so UIs hop to their own. */
public interface CacheListener {
    /** The folder list of an account changed. */
    default void foldersChanged(String accountId) {
    }

    /** Items of a folder were added, changed or removed. */
    default void itemsChanged(long folderId) {
    }
}
