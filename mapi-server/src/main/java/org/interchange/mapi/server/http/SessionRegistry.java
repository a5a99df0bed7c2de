package org.interchange.mapi.server.http;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live Session Contexts, [MS-OXCMAPIHTTP] 3.2.1 and 3.2.5.6: random 128-bit cookies, an idle
 * expiry after which the context is gone (X-ResponseCode 10), removal on Disconnect, and at most
 * {@link #MAX_SESSIONS_PER_USER} per user (a new one ends the least recently used).
 */
public final class SessionRegistry {
    static final int MAX_SESSIONS_PER_USER = 16;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, MapiSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idleTimeout;

    public SessionRegistry(Clock clock, Duration idleTimeout) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    public MapiSession create(String user) {
        expireIdle();
        List<MapiSession> own = sessions.values().stream().filter(s -> s.user().equals(user))
                .sorted(java.util.Comparator.comparing(MapiSession::lastUsed)).toList();
        for (int i = 0; i <= own.size() - MAX_SESSIONS_PER_USER; i++) {
            remove(own.get(i));
        }
        MapiSession session = new MapiSession(newCookie(), user, newCookie(), clock.instant());
        sessions.put(session.contextCookie(), session);
        return session;
    }

    /** The live session with this context cookie; an expired one is removed and not returned. */
    public Optional<MapiSession> find(String contextCookie) {
        MapiSession session = sessions.get(contextCookie);
        if (session != null && isExpired(session, clock.instant())) {
            remove(session);
            return Optional.empty();
        }
        return Optional.ofNullable(session);
    }

    public void remove(MapiSession session) {
        sessions.remove(session.contextCookie(), session);
        session.close();
    }

    /** Gives the session a new sequence cookie and marks it used now. */
    public String advance(MapiSession session) {
        String next = newCookie();
        session.advance(next, clock.instant());
        return next;
    }

    /** Starts an Execute on the session: a new sequence cookie, and the Execute kept for a resend. */
    ExecuteReplay advanceForExecute(MapiSession session, String requestId) {
        return session.advanceForExecute(newCookie(), requestId, clock.instant());
    }

    /** Signals pending notifications to every live session of {@code user}, see {@link MapiSession#signalNotification()}. */
    public void signalUser(String user) {
        sessions.values().stream().filter(s -> s.user().equalsIgnoreCase(user)).forEach(MapiSession::signalNotification);
    }

    int size() {
        return sessions.size();
    }

    private void expireIdle() {
        Instant now = clock.instant();
        sessions.values().stream().filter(s -> isExpired(s, now)).toList().forEach(this::remove);
    }

    private boolean isExpired(MapiSession session, Instant now) {
        return session.lastUsed().plus(idleTimeout).isBefore(now);
    }

    private String newCookie() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
