package org.interchange.cache.spi;

import java.time.Instant;
import java.util.Set;

/**
 * One cache transaction of a folder sync: items and the folder's new sync cursor are committed
 * together, or not at all. Closing without {@link #commit()} rolls back.
 */
public interface ItemBatch extends AutoCloseable {
    void upsert(RemoteItem item);

    void delete(String itemServerId);

    /**
     * Marks a cached item read or unread as the server says ([MS-OXCFXICS] 2.2.4.3.22 read-state changes);
     * an item whose read state was changed locally and not yet uploaded keeps the local value; unknown ids are ignored.
     */
    void setRead(String itemServerId, boolean read);

    /**
     * Drops from the cache, as a local eviction, the items of this folder delivered before {@code cutoff} (their
     * date; items marked {@link org.interchange.cache.api.ItemFields#NOT_DELIVERED} or without a date stay): mail
     * that aged out of the account's span ([MS-OXCFXICS] 2.2.1.3.2, no longer in the synchronization scope). Nothing
     * is uploaded and no pending operation is made. Items with a local change waiting for upload stay until it is
     * uploaded; their server ids are returned, so that a removal the server reports for them in the same sync can
     * wait too.
     */
    Set<String> evictDeliveredBefore(Instant cutoff);

    /**
     * Starts a resync of the folder that keeps its items (a wider scope, [MS-OXCFXICS] 3.3.5.5): marks every synced
     * item unconfirmed; storing an item again ({@link #upsert}) confirms it. Store with it the cursor that starts
     * the download from scratch.
     */
    void markUnconfirmed();

    /**
     * Ends a resync begun with {@link #markUnconfirmed}, in the batch holding the download's final state: the synced
     * items the download did not bring again are gone from the server (or its scope) and leave the cache, nothing
     * uploaded; items changed locally meanwhile stay.
     */
    void dropUnconfirmed();

    /** The opaque cursor (e.g. an ICS state) to store with this batch. */
    void setSyncCursor(byte[] cursor);

    void commit();

    @Override
    void close();
}
