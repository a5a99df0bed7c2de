package org.interchange.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.sync.SyncEngine;
import org.interchange.cache.sync.SyncResult;

/**
 * Runs an account's sync in the background, one run at a time, so the window never waits on the
 * network; a refresh while a run is going is ignored, closing cancels the run.
 */
final class AccountSync implements AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "interchange-sync");
        t.setDaemon(true);
        return t;
    });
    private final SyncEngine engine;
    private final Backend backend;
    private final SyncListener listener;
    private final Consumer<SyncResult> onFinished;
    private volatile CancellationToken running;
    private Future<?> current;

    AccountSync(H2CacheStore cache, String accountId, Backend backend, SyncListener listener,
                Consumer<SyncResult> onFinished) {
        this.engine = new SyncEngine(cache, accountId, backend);
        this.backend = backend;
        this.listener = listener;
        this.onFinished = onFinished;
    }

    /** Starts a run unless one is going. */
    synchronized void refresh() {
        if (current != null && !current.isDone()) {
            return;
        }
        CancellationToken token = new CancellationToken();
        running = token;
        current = worker.submit(() -> onFinished.accept(engine.run(listener, token)));
    }

    @Override
    public void close() {
        CancellationToken token = running;
        if (token != null) {
            token.cancel();
        }
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        backend.close();
    }
}
