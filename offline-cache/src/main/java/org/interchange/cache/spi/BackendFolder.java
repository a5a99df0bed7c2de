package org.interchange.cache.spi;

import java.util.Map;
import java.util.Optional;

/** A folder of the cache as a backend sees it (K-9's BackendFolder; [MS-OXCFXICS] 3.3.5.9 state per folder). */
public interface BackendFolder {
    String serverId();

    /** Server id to revision of every cached item, for comparing against a server listing. */
    Map<String, String> itemRevisions();

    Optional<byte[]> syncCursor();

    ItemBatch beginBatch();

    /**
     * Forgets the sync cursor and every item without a local change waiting for upload, in one transaction,
     * so the next download starts from scratch; locally changed items stay and meet their server versions again.
     */
    void reset();
}
