package org.interchange.cache.sync;

import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.CancellationToken;

/**
 * Keeps a background wait for server changes ([MS-OXCMAPIHTTP] 2.2.4.4 NotificationWait) through
 * {@link Backend#awaitChanges} and runs {@code refresh} (e.g. the app's refresh of the account) for each
 * change reported, so a change on the server reaches the cache within about a second while online.
 * {@link #close()} stops it. The refresh runs on the waiting thread; it should hand the work off and return.
 */
public final class PushRefresh implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PushRefresh.class.getName());
    private final CancellationToken cancel = new CancellationToken();
    private final Thread thread;

    private PushRefresh(Backend backend, Runnable refresh, String accountId) {
        thread = Thread.ofPlatform().daemon().name("interchange-push-" + accountId).unstarted(() -> {
            while (!cancel.isCancelled()) {
                try {
                    backend.awaitChanges(refresh, cancel);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Waiting for changes of " + accountId + " failed", e);
                    pause();
                }
            }
        });
    }

    /** Starts waiting for changes of {@code accountId} on a daemon thread. */
    public static PushRefresh start(Backend backend, Runnable refresh, String accountId) {
        PushRefresh push = new PushRefresh(backend, refresh, accountId);
        push.thread.start();
        return push;
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            cancel.cancel();
            Thread.currentThread().interrupt();
        }
    }

    /** Stops waiting; the wait in progress ends when the backend notices the cancellation. */
    @Override
    public void close() {
        cancel.cancel();
        thread.interrupt();
    }
}
