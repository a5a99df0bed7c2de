package org.interchange.mapi.server.http;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.interchange.mapi.server.rop.HandleTable;

/**
 * A Session Context of the EMSMDB endpoint, [MS-OXCMAPIHTTP] 3.2.1: owned by one authenticated
 * user, identified by the session context cookie, sequenced by the sequence cookie, holding the
 * server object handle table. Execute requests of one session run one at a time.
 */
public final class MapiSession {
    private final String contextCookie;
    private final String user;
    private final HandleTable handles = new HandleTable();
    private final CountDownLatch closed = new CountDownLatch(1);
    private String sequenceCookie;
    private Instant lastUsed;

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

    synchronized Instant lastUsed() {
        return lastUsed;
    }

    /** Marks the session ended (Disconnect or expiry), releasing any NotificationWait. */
    void close() {
        closed.countDown();
    }

    /** Waits up to {@code timeout} for the session to end; true if it did. */
    boolean awaitClose(Duration timeout) throws InterruptedException {
        return closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
