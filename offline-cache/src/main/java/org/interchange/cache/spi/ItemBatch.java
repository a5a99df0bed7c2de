package org.interchange.cache.spi;

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

    /** The opaque cursor (e.g. an ICS state) to store with this batch. */
    void setSyncCursor(byte[] cursor);

    void commit();

    @Override
    void close();
}
