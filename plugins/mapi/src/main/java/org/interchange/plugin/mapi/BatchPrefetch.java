package org.interchange.plugin.mapi;

import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.interchange.mapi.client.ics.IcsBatch;
import org.interchange.mapi.client.ics.IcsDownload;

/**
 * Reads an ICS download's next batch ([MS-OXCFXICS] 3.3.4.3, RopFastTransferSourceGetBuffer) on a thread of its own
 * while the caller writes the batch before it, so the server's answer and the cache's transaction overlap instead of
 * following each other. At most one batch waits beside the one being written. The reader's failure is thrown by
 * {@link #next()} as it was thrown. Closing lets a request in flight finish (a request cut off midway would leave the
 * session in the middle of a FastTransfer stream), stops the reader and waits for it, so the download can then be
 * closed.
 *
 * @param <B> a batch as the source gives it ({@link IcsBatch} from an {@link IcsDownload})
 * @param <T> what a batch is turned into on the reader's thread (the mapping of its messages)
 */
final class BatchPrefetch<B, T> implements AutoCloseable {
    /** How long a batch already downloaded takes at most to be mapped and handed over. */
    static final Duration READY_WITHIN = Duration.ofMillis(2);
    /** How often the wait hook runs again while the batch is still on its way. */
    static final Duration HOOK_EVERY = Duration.ofMillis(50);
    private final SynchronousQueue<Object> handOver = new SynchronousQueue<>();
    private final Thread reader;
    private volatile boolean closed;
    private boolean done;

    /** The batches of {@code download}, each turned into a {@code T} by {@code prepare}. */
    static <T> BatchPrefetch<IcsBatch, T> of(IcsDownload download, Function<IcsBatch, T> prepare) {
        return new BatchPrefetch<>(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return download.hasNext();
            }

            @Override
            public IcsBatch next() {
                return download.next();
            }
        }, prepare);
    }

    /** The batches of {@code source}, each turned into a {@code T} by {@code prepare}. */
    BatchPrefetch(Iterator<B> source, Function<B, T> prepare) {
        reader = Thread.ofVirtual().name("ics-prefetch").start(() -> read(source, prepare));
    }

    private void read(Iterator<B> source, Function<B, T> prepare) {
        Object last = Done.INSTANCE;
        try {
            while (!closed && source.hasNext()) {
                handOver.put(new Ready<>(prepare.apply(source.next())));
            }
        } catch (InterruptedException e) {
            return;
        } catch (RuntimeException | Error e) {
            last = new Failed(e);
        }
        try {
            handOver.put(last);
        } catch (InterruptedException e) {
            // never interrupted: close() takes what is handed over until the reader ends
        }
    }

    /**
     * The next batch, or null when the download is complete; {@code beforeWaiting} runs when the batch is not ready
     * within {@link #READY_WITHIN} (the reader is then most likely waiting for the server), and again every
     * {@link #HOOK_EVERY} while it is not (so a hook that commits only what has waited long enough still commits
     * during a long wait).
     */
    @SuppressWarnings("unchecked")
    T next(Runnable beforeWaiting) {
        if (done) {
            return null;
        }
        Object taken;
        try {
            taken = handOver.poll(READY_WITHIN.toNanos(), TimeUnit.NANOSECONDS);
            while (taken == null) {
                beforeWaiting.run();
                taken = handOver.poll(HOOK_EVERY.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the server's next batch", e);
        }
        return switch (taken) {
            case Ready<?> ready -> (T) ready.batch();
            case Failed failed -> {
                done = true;
                if (failed.error() instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failed.error();
            }
            default -> {
                done = true;
                yield null;
            }
        };
    }

    /** Stops the reader after the request it may have in flight and waits until it has stopped. */
    @Override
    public void close() {
        closed = true;
        boolean interrupted = false;
        while (reader.isAlive()) {
            handOver.poll();
            try {
                reader.join(Duration.ofMillis(1));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private record Ready<T>(T batch) {
    }

    private record Failed(Throwable error) {
    }

    private enum Done { INSTANCE }
}
