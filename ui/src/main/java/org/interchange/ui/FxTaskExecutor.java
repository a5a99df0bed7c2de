package org.interchange.ui;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/** The {@link TaskExecutor} of the running application: background work on an executor, results on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {
    private final Executor background;

    /** @param background where cache reads run; the app owns and shuts it down */
    public FxTaskExecutor(Executor background) {
        this.background = Objects.requireNonNull(background, "background");
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        try {
            background.execute(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    Platform.runLater(() -> onFailure.accept(e));
                    return;
                }
                Platform.runLater(() -> onSuccess.accept(result));
            });
        } catch (RejectedExecutionException closing) {
            // the window is closing and its executor has stopped: a view's late follow-up work is dropped
        }
    }

    @Override
    public void runOnUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        FxScheduled scheduled = new FxScheduled(delay, action);
        runOnUiThread(scheduled::start);
        return scheduled;
    }

    /** A pause on the FX thread; {@code cancelled} is only read and written there. */
    private static final class FxScheduled implements Scheduled {
        private final Duration delay;
        private final Runnable action;
        private volatile boolean cancelled;
        private PauseTransition pause;

        FxScheduled(Duration delay, Runnable action) {
            this.delay = delay;
            this.action = action;
        }

        void start() {
            if (cancelled) {
                return;
            }
            pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> {
                if (!cancelled) {
                    action.run();
                }
            });
            pause.play();
        }

        @Override
        public void cancel() {
            cancelled = true;
            if (pause != null && Platform.isFxApplicationThread()) {
                pause.stop();
            }
        }
    }
}
