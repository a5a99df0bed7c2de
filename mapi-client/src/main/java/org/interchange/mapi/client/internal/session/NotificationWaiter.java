package org.interchange.mapi.client.internal.session;

import java.time.Duration;
import org.interchange.mapi.client.MapiAuthenticationException;
import org.interchange.mapi.client.MapiCertificateException;
import org.interchange.mapi.client.MapiResponseCodeException;
import org.interchange.mapi.client.MapiServerBusyException;
import org.interchange.mapi.client.MapiSessionExpiredException;
import org.interchange.mapi.client.MapiTransportException;
import org.interchange.mapi.client.internal.http.MapiHttpTransport;

/**
 * Waits for pending notifications with NotificationWait, [MS-OXCMAPIHTTP] 2.2.4.4 and
 * [MS-OXCNOTIF] 3.1.5: re-arms the wait after each empty answer, after a network failure (with a
 * doubling back-off; also after X-ResponseCode 1 or 18), after a busy answer (for the time the server asked) and after the Session
 * Context expired (once the session reconnected and logged on again).
 */
public final class NotificationWaiter {
    /** What the waiter needs from its session. */
    public interface Session {
        /** Counts the Session Contexts so far; a renewal is asked for one generation only. */
        int generation();

        /** Replaces the Session Context of {@code generation} unless that already happened. */
        void renew(int generation);

        boolean isOpen();
    }

    /** X-ResponseCode 1 (Unknown Failure) and 18 (Endpoint Shutting Down): worth another try later. */
    private static final java.util.Set<Integer> TRANSIENT = java.util.Set.of(1, 18);

    private final MapiHttpTransport transport;
    private final Session session;
    private final Duration firstBackoff;
    private final Duration maxBackoff;

    public NotificationWaiter(MapiHttpTransport transport, Session session, Duration firstBackoff, Duration maxBackoff) {
        this.transport = transport;
        this.session = session;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    /** True once events are pending; false when {@code maxWait} passed without any or the session closed. */
    public boolean await(Duration maxWait) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        Duration backoff = firstBackoff;
        int expiredGeneration = -1;
        while (session.isOpen()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                if (expiredGeneration >= 0) {
                    session.renew(expiredGeneration);
                    expiredGeneration = -1;
                }
                int generation = session.generation();
                try {
                    if (transport.notificationWait(Duration.ofNanos(left))) {
                        return true;
                    }
                    backoff = firstBackoff;
                } catch (MapiSessionExpiredException e) {
                    expiredGeneration = generation;
                }
            } catch (MapiServerBusyException e) {
                sleep(e.retryAfter(), deadline);
            } catch (MapiCertificateException | MapiAuthenticationException e) {
                throw e;
            } catch (MapiResponseCodeException e) {
                if (!TRANSIENT.contains(e.responseCode()) || !session.isOpen()) {
                    throw e;
                }
                sleep(backoff, deadline);
                backoff = doubled(backoff);
            } catch (MapiTransportException e) {
                if (!session.isOpen()) {
                    return false;
                }
                sleep(backoff, deadline);
                backoff = doubled(backoff);
            } catch (IllegalStateException e) {
                if (session.isOpen()) {
                    throw e;
                }
            }
        }
        return false;
    }

    private Duration doubled(Duration backoff) {
        Duration twice = backoff.multipliedBy(2);
        return twice.compareTo(maxBackoff) > 0 ? maxBackoff : twice;
    }

    private static void sleep(Duration delay, long deadline) {
        long nanos = Math.min(delay.toNanos(), Math.max(0, deadline - System.nanoTime()));
        try {
            Thread.sleep(Duration.ofNanos(nanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MapiTransportException("interrupted while waiting for notifications", e);
        }
    }
}
