package org.interchange.plugin.mapi;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.interchange.cache.spi.ItemBatch;

/**
 * The span of mail one folder's download keeps ({@link ScopedDownloadOptions#spanStart}): in the batch that completes
 * the download, the one holding the server's final state, the mail delivered before the span leaves the cache as a
 * local eviction ({@link ItemBatch#evictDeliveredBefore}; [MS-OXCFXICS] 2.2.1.3.2 no longer in scope), committed with
 * that state. Aged mail with a local change waiting for upload stays, and so does a removal the server reports for
 * it in that batch, until the change is uploaded. Every cursor stored records the span ({@link ScopedCursor}).
 */
final class FolderSpan {
    private final Optional<Instant> start;
    private Set<String> kept = Set.of();

    /** The span starting at {@code start}; empty when the folder keeps every age. */
    FolderSpan(Optional<Instant> start) {
        this.start = start;
    }

    /** Evicts the mail delivered before the span; call in the download's last batch before its events. */
    void evict(ItemBatch items) {
        start.ifPresent(t -> kept = items.evictDeliveredBefore(t));
    }

    /** Whether a removal the server reports for {@code itemServerId} waits: it aged out and keeps a local change. */
    boolean keeps(String itemServerId) {
        return kept.contains(itemServerId);
    }

    /** The cursor to store for {@code icsState}. */
    byte[] cursor(byte[] icsState) {
        return ScopedCursor.wrap(start, icsState);
    }
}
