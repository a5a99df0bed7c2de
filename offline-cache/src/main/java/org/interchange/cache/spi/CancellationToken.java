package org.interchange.cache.spi;

import java.util.concurrent.CancellationException;

/** Lets the user stop a sync; backends check it between round trips. */
public final class CancellationToken {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException("sync cancelled");
        }
    }
}
