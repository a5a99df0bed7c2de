package org.interchange.mapi.server.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.interchange.mapi.server.rop.HandleTable;

/**
 * A Session Context of the EMSMDB endpoint, [MS-OXCMAPIHTTP] 3.2.1: owned by one authenticated
 * user, identified by the session context cookie, sequenced by the sequence cookie, holding the
 * server object handle table. Execute requests of one session run one at a time. The store and
 * ROP side calls {@link #signalNotification()} when an event is queued for the session; a held
 * NotificationWait then returns with EventPending ([MS-OXCMAPIHTTP] 3.2.5.5).
 */
public final class MapiSession {
    private final String contextCookie;
    private final String user;
    private final HandleTable handles = new HandleTable(this::signalNotification);
    private final ReentrantLock events = new ReentrantLock();
    private final Condition eventsChanged = events.newCondition();
    private boolean eventPending;
    private boolean ended;
    private String sequenceCookie;
    private Instant lastUsed;
    private ExecuteReplay lastExecute;

    MapiSession(String contextCookie, String user, String sequenceCookie, Instant now) {
        this.contextCookie = contextCookie;
        this.user = user;
        this.sequenceCookie = sequenceCookie;
        this.lastUsed = now;
    }

    public String contextCookie() {
        return contextCookie;
    }

    public String user() {
        return user;
    }

    HandleTable handles() {
        return handles;
    }

    public synchronized String sequenceCookie() {
        return sequenceCookie;
    }

    synchronized void advance(String nextSequence, Instant now) {
        sequenceCookie = nextSequence;
        lastUsed = now;
    }

    /**
     * Starts an Execute: the sequence cookie moves on and the Execute is remembered under the cookie
     * it consumed and its X-RequestId, see {@link ExecuteReplay}.
     */
    synchronized ExecuteReplay advanceForExecute(String nextSequence, String requestId, Instant now) {
        lastExecute = new ExecuteReplay(sequenceCookie, requestId);
        advance(nextSequence, now);
        return lastExecute;
    }

    /** The last Execute when {@code sequence} and {@code requestId} resend it. */
    synchronized Optional<ExecuteReplay> resentExecute(String sequence, String requestId) {
        return lastExecute != null && lastExecute.isResentBy(sequence, requestId)
                ? Optional.of(lastExecute) : Optional.empty();
    }

    synchronized Instant lastUsed() {
        return lastUsed;
    }

    /**
     * Tells the session that notifications are queued for it, [MS-OXCNOTIF] 3.2.5: a NotificationWait
     * held now (or the next one) returns at once with EventPending. Safe to call from any thread.
     */
    public void signalNotification() {
        events.lock();
        try {
            eventPending = true;
            eventsChanged.signalAll();
        } finally {
            events.unlock();
        }
    }

    /** Marks the session ended (Disconnect or expiry), releasing any NotificationWait. */
    void close() {
        events.lock();
        try {
            ended = true;
            eventsChanged.signalAll();
        } finally {
            events.unlock();
        }
    }

    /**
     * Waits up to {@code timeout} for a signalled event or the end of the session. True (and the
     * signal consumed) when an event is pending; false on timeout or when the session ended.
     */
    boolean awaitNotification(Duration timeout) throws InterruptedException {
        events.lock();
        try {
            long left = timeout.toNanos();
            while (!eventPending && !ended && left > 0) {
                left = eventsChanged.awaitNanos(left);
            }
            boolean pending = eventPending && !ended;
            eventPending = false;
            return pending;
        } finally {
            events.unlock();
        }
    }
}
