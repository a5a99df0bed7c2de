package org.interchange.cache.spi;

import java.util.List;

/**
 * The local changes of one account that wait for upload, oldest first (ARCHITECTURE.md, "How data
 * flows": write path). The sync engine uploads each and marks it done, or records the failure and keeps it.
 */
public interface PendingOperationLog {

    /** The account's pending operations in the order they were made. */
    List<PendingOperation> pending();

    /** The server took the change: forgets the operation, and marks the item synced when nothing else waits for it. */
    void markDone(long operationId);

    /** The upload failed; the operation stays for the next sync, with the attempt counted and the reason kept. */
    void markFailed(long operationId, String reason);
}
