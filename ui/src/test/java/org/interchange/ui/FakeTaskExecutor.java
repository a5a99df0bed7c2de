package org.interchange.ui;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** A {@link TaskExecutor} the test drives: background work waits in a queue, timers wait for {@link #fireTimers()}. */
public final class FakeTaskExecutor implements TaskExecutor {
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final List<Timer> timers = new ArrayList<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        queue.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        Timer timer = new Timer(delay, action);
        timers.add(timer);
        return timer;
    }

    /** Runs queued work, and work that work queues, until none is left; returns how many ran. */
    public int runAll() {
        int ran = 0;
        while (!queue.isEmpty()) {
            queue.poll().run();
            ran++;
        }
        return ran;
    }

    /** Runs the oldest queued work only. */
    public void runNext() {
        queue.poll().run();
    }

    public int pending() {
        return queue.size();
    }

    /** Runs the timers not cancelled, as if their delays had passed. */
    public void fireTimers() {
        List<Timer> due = List.copyOf(timers);
        timers.clear();
        for (Timer timer : due) {
            if (!timer.cancelled) {
                timer.action.run();
            }
        }
    }

    /** The delays of the timers that are neither fired nor cancelled. */
    public List<Duration> activeTimers() {
        return timers.stream().filter(t -> !t.cancelled).map(t -> t.delay).toList();
    }

    private static final class Timer implements Scheduled {
        final Duration delay;
        final Runnable action;
        boolean cancelled;

        Timer(Duration delay, Runnable action) {
            this.delay = delay;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}
