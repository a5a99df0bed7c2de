package org.interchange.ui.internal;

import java.util.function.Consumer;

/**
 * Coalesces refresh requests on the UI thread: at most one refresh runs at a time, and requests
 * that arrive meanwhile cause exactly one more. A burst of cache events costs two reads, not one per event.
 */
public final class RefreshGate {
    private final Consumer<Runnable> refresh;
    private boolean running;
    private boolean again;

    /** @param refresh starts a refresh and calls the given {@code Runnable} on the UI thread when it is over */
    public RefreshGate(Consumer<Runnable> refresh) {
        this.refresh = refresh;
    }

    public void request() {
        if (running) {
            again = true;
            return;
        }
        running = true;
        refresh.accept(this::finished);
    }

    private void finished() {
        running = false;
        if (again) {
            again = false;
            request();
        }
    }
}
