package org.interchange.plugin.mapi;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.interchange.cache.spi.BackendFolder;
import org.interchange.cache.spi.ItemBatch;

/**
 * The span of mail one folder's download keeps ({@link ScopedDownloadOptions#spanStart}): in the batch that completes
 * the download, the one holding the server's final state, the mail delivered before the span leaves the cache as a
 * local eviction ({@link ItemBatch#evictDeliveredBefore}; [MS-OXCFXICS] 2.2.1.3.2 no longer in scope), committed with
 * that state. Aged mail with a local change waiting for upload stays, and so does a removal the server reports for
 * it in that batch, until the change is uploaded. A wider scope resyncs the folder keeping its items ({@link #resync}),
 * and the batch that completes that download drops the items it did not bring again. Every cursor stored records the
 * span ({@link ScopedCursor}).
 */
final class FolderSpan {
    private final Optional<Instant> start;
    private final boolean resyncing;
    private boolean complete;
    private Set<String> kept = Set.of();

    /** The span starting at {@code start} (empty: every age) of a download resuming {@code cursor}. */
    FolderSpan(Optional<Instant> start, byte[] cursor) {
        this.start = start;
        this.resyncing = ScopedCursor.resyncing(cursor);
    }

    /**
     * Starts a resync of {@code folder} for the span starting at {@code start}: its items are marked unconfirmed
     * and its cursor holds an empty ICS state, in one transaction, so a download from scratch follows.
     */
    static void resync(BackendFolder folder, Optional<Instant> start) {
        try (ItemBatch items = folder.beginBatch()) {
            items.markUnconfirmed();
            items.setSyncCursor(ScopedCursor.wrap(start, true, new byte[0]));
            items.commit();
        }
    }

    /** Call in the download's last batch before its events: evicts aged mail. */
    void evict(ItemBatch items) {
        complete = true;
        start.ifPresent(t -> kept = items.evictDeliveredBefore(t));
    }

    /** Call in the download's last batch after its events: ends a resync, dropping what it did not bring again. */
    void endResync(ItemBatch items) {
        if (resyncing && complete) {
            items.dropUnconfirmed();
        }
    }

    /** Whether a removal the server reports for {@code itemServerId} waits: it aged out and keeps a local change. */
    boolean keeps(String itemServerId) {
        return kept.contains(itemServerId);
    }

    /** The cursor to store for {@code icsState}. */
    byte[] cursor(byte[] icsState) {
        return ScopedCursor.wrap(start, resyncing && !complete, icsState);
    }
}
