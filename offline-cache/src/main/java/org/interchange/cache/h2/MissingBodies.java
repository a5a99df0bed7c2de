package org.interchange.cache.h2;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.ItemBatch;
import org.interchange.cache.spi.RemoteItem;

/**
 * Fetches, when an item synced without its body ({@link ItemFields#BODY_NOT_DOWNLOADED}) is read, the whole item
 * from its account's backend and stores it in place of the headers; offline, or with no backend attached, the item
 * is read as it is, still marked.
 */
final class MissingBodies {

    private final H2Database db;
    private final Listeners listeners;
    private final Map<String, Backend> backends = new ConcurrentHashMap<>();

    MissingBodies(H2Database db, Listeners listeners) {
        this.db = db;
        this.listeners = listeners;
    }

    void attach(String accountId, Backend backend) {
        backends.put(accountId, backend);
    }

    void detach(String accountId, Backend backend) {
        backends.remove(accountId, backend);
    }

    /** Whether {@code detail} was synced without its body and its account's backend fetched it into the cache now. */
    boolean fetched(ItemDetail detail) {
        if (!"true".equals(detail.field(ItemFields.BODY_NOT_DOWNLOADED))) {
            return false;
        }
        FolderTable.FolderRef folder = db.read("finding folder " + detail.summary().folderId(),
                c -> FolderTable.ref(c, detail.summary().folderId()));
        Backend backend = backends.get(folder.accountId());
        if (backend == null) {
            return false;
        }
        H2BackendStorage storage = new H2BackendStorage(db, listeners, folder.accountId());
        Optional<RemoteItem> whole;
        try {
            whole = backend.fetchItem(storage, folder.serverId(), detail.summary().serverId());
        } catch (BackendException unreachable) {
            return false;
        }
        if (whole.isEmpty() || "true".equals(whole.get().fields().get(ItemFields.BODY_NOT_DOWNLOADED))) {
            return false;
        }
        try (ItemBatch batch = new H2BackendFolder(db, listeners, storage, folder.id(), folder.serverId())
                .beginBatch()) {
            batch.upsert(whole.get());
            batch.commit();
        }
        return true;
    }
}
