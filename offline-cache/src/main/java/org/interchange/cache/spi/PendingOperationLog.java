package org.interchange.cache.spi;

import java.util.List;
import java.util.Optional;

/**
 * The local changes of one account that wait for upload, oldest first (ARCHITECTURE.md, "How data
 * flows": write path). The sync engine uploads each and marks it done, or records the failure and keeps it.
 */
public interface PendingOperationLog {

    /** The account's pending operations in the order they were made, without item content. */
    List<PendingOperation> pending();

    /**
     * The operation as it stands now (its ids may have changed since it was listed, e.g. when an earlier MOVE
     * gave the item its new id), with the item's content when its kind carries one (null when the item is
     * gone); empty when the operation itself is gone.
     */
    Optional<PendingOperation> load(long operationId);

    /**
     * The server took the change: forgets the operation, gives the item the server id and revision of
     * {@code result}, and marks it synced when nothing else waits for it.
     */
    void markDone(long operationId, UploadResult result);

    /**
     * The server refused the change as a conflict: the local version is kept as a conflict copy (a
     * new locally created item) when the operation carried an edit, and the item is left to the next
     * download; {@code gone} says the server no longer has the item.
     */
    void markConflict(long operationId, boolean gone);

    /** The upload failed; the operation stays for the next sync, with the attempt counted and the reason kept. */
    void markFailed(long operationId, String reason);
}
