package org.interchange.cache.spi;

import java.util.Map;
import java.util.Optional;

/** A folder of the cache as a backend sees it (K-9's BackendFolder). */
public interface BackendFolder {
    String serverId();

    /** Server id to revision of every cached item, for comparing against a server listing. */
    Map<String, String> itemRevisions();

    Optional<byte[]> syncCursor();

    ItemBatch beginBatch();
}
