package org.interchange.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs cache reads and writes off the UI thread and hands their results back on it (JabRef's
 * TaskExecutor). View-models only talk to this, so tests replace it with one they drive by hand.
 */
public interface TaskExecutor {

    /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI thread. */
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /** Runs {@code action} on the UI thread (soon, or now when already on it). */
    void runOnUiThread(Runnable action);

    /** Runs {@code action} on the UI thread after {@code delay}, unless cancelled first. */
    Scheduled schedule(Duration delay, Runnable action);

    /** A delayed action that has not necessarily run yet. */
    interface Scheduled {
        /** Stops the action from running if it has not run; cancelling twice is harmless. */
        void cancel();
    }
}
