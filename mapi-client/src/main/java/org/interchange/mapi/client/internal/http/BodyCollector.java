package org.interchange.mapi.client.internal.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.interchange.mapi.client.MapiProtocolException;
import org.interchange.mapi.client.MapiTimeoutException;
import org.interchange.mapi.client.MapiTransportException;

/**
 * Collects a streamed MAPI/HTTP response body, [MS-OXCMAPIHTTP] 3.2.5.2: the server keeps a
 * long request alive with PENDING lines, so any received bytes count as progress. Waiting fails
 * with {@link MapiTimeoutException} after {@code idleTimeout} without bytes or when the overall
 * deadline passes, and with {@link MapiProtocolException} when the body exceeds the size cap; in
 * both cases the subscription is cancelled so the connection is dropped.
 */
public final class BodyCollector implements HttpResponse.BodySubscriber<BodyCollector> {
    private final long maxBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private boolean complete;
    private Throwable failure;
    private boolean overflow;

    public BodyCollector(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public CompletionStage<BodyCollector> getBody() {
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        lock.lock();
        try {
            subscription = s;
        } finally {
            lock.unlock();
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        lock.lock();
        try {
            if (overflow) {
                return;
            }
            for (ByteBuffer b : buffers) {
                if (received.size() + (long) b.remaining() > maxBytes) {
                    overflow = true;
                    subscription.cancel();
                    break;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                received.write(chunk, 0, chunk.length);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void onError(Throwable t) {
        lock.lock();
        try {
            failure = t;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void onComplete() {
        lock.lock();
        try {
            complete = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits for the whole body under the idle timeout and the absolute deadline (System.nanoTime). */
    public byte[] await(Duration idleTimeout, long deadlineNanos) {
        lock.lock();
        try {
            long idleNanos = idleTimeout.toNanos();
            int seen = received.size();
            long lastProgress = System.nanoTime();
            while (!complete && failure == null && !overflow) {
                long now = System.nanoTime();
                if (received.size() != seen) {
                    seen = received.size();
                    lastProgress = now;
                }
                long wait = Math.min(lastProgress + idleNanos - now, deadlineNanos - now);
                if (wait <= 0) {
                    cancel();
                    throw new MapiTimeoutException(now - deadlineNanos >= 0
                            ? "response not complete before the request deadline (" + seen + " bytes received)"
                            : "no data from the server for " + idleTimeout.toMillis() + " ms ("
                                    + seen + " bytes received)");
                }
                changed.awaitNanos(wait);
            }
            if (overflow) {
                throw new MapiProtocolException("response body larger than the limit of " + maxBytes + " bytes");
            }
            if (failure != null) {
                throw new MapiTransportException("reading the response body failed after "
                        + received.size() + " bytes: " + failure.getMessage(), failure);
            }
            return received.toByteArray();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new MapiTransportException("interrupted while reading the response", e);
        } finally {
            lock.unlock();
        }
    }

    private void cancel() {
        if (subscription != null) {
            subscription.cancel();
        }
    }
}
