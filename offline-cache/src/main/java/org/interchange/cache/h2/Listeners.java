package org.interchange.cache.h2;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.interchange.cache.api.CacheListener;

/** The cache's listeners, told after commits; one failing listener does not keep the others from hearing. */
final class Listeners {

    private static final System.Logger LOG = System.getLogger(Listeners.class.getName());
    private final List<CacheListener> listeners = new CopyOnWriteArrayList<>();

    void add(CacheListener listener) {
        listeners.add(listener);
    }

    void remove(CacheListener listener) {
        listeners.remove(listener);
    }

    void foldersChanged(String accountId) {
        fire(l -> l.foldersChanged(accountId));
    }

    void itemsChanged(long folderId) {
        fire(l -> l.itemsChanged(folderId));
    }

    private void fire(Consumer<CacheListener> event) {
        for (CacheListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "A cache listener failed", e);
            }
        }
    }
}
