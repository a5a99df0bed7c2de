package org.interchange.cache.spi;

/**
 * A run of folder syncs whose small batches share cache transactions ({@link BackendStorage#groupCommits}): a
 * committed {@link ItemBatch} keeps its items and its folder's cursor together, but reaches the disk with the batches
 * after it, when the group commits. Closing commits what waits.
 */
public interface CommitGroup extends AutoCloseable {

    @Override
    void close();
}
