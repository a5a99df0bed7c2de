package org.interchange.cache.spi;

/**
 * One cache transaction of a folder sync: items and the folder's new sync cursor are committed
 * together, or not at all. Closing without {@link #commit()} rolls back.
 */
public interface ItemBatch extends AutoCloseable {
    void upsert(RemoteItem item);

    void delete(String itemServerId);

    /** The opaque cursor (e.g. an ICS state) to store with this batch. */
    void setSyncCursor(byte[] cursor);

    void commit();

    @Override
    void close();
}
