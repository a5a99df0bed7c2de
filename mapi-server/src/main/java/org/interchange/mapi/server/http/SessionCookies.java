package org.interchange.mapi.server.http;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Request;
import org.interchange.mapi.codec.http.MapiHttpHeaders;
import org.interchange.mapi.codec.http.MapiHttpResponseCode;

/**
 * Finds the Session Context named by a request's cookies, [MS-OXCMAPIHTTP] 3.2.5: X-ResponseCode 13
 * without a context cookie, 10 when it is unknown or expired, 11 when another user owns it, 15 for a
 * stale sequence cookie, unless the request resends the last Execute (see {@link ExecuteReplay}); Connect
 * and Bind end the caller's previous context (3.2.5.6).
 */
public final class SessionCookies {
    public static final String CONTEXT_COOKIE = "MapiContext";
    public static final String SEQUENCE_COOKIE = "MapiSequence";

    private final SessionRegistry sessions;

    public SessionCookies(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    /**
     * The caller's live session, or empty once a failure response naming why there is none has been
     * written to {@code exchange}. Without {@code checkSequence} the sequence cookie is not compared.
     */
    public Optional<MapiSession> require(Request request, MapiHttpExchange exchange, String user,
            boolean checkSequence) throws IOException {
        Lookup lookup = lookup(cookie(request, CONTEXT_COOKIE), cookie(request, SEQUENCE_COOKIE), user,
                checkSequence);
        if (lookup.session().isEmpty()) {
            exchange.fail(lookup.failure(), lookup.diagnostic());
        }
        return lookup.session();
    }

    /**
     * For an Execute: the caller's live session and, when the request resends the last Execute
     * (its consumed sequence cookie and the same X-RequestId), that Execute; or empty once a
     * failure response has been written to {@code exchange}.
     */
    Optional<Lookup> requireExecute(Request request, MapiHttpExchange exchange, String user) throws IOException {
        Lookup lookup = lookup(cookie(request, CONTEXT_COOKIE), cookie(request, SEQUENCE_COOKIE), user, true,
                Optional.ofNullable(exchange.header(MapiHttpHeaders.X_REQUEST_ID)));
        if (lookup.session().isEmpty()) {
            exchange.fail(lookup.failure(), lookup.diagnostic());
            return Optional.empty();
        }
        return Optional.of(lookup);
    }

    /** The Set-Cookie values that hand the client both cookies of {@code session}, valid below {@code path}. */
    public static List<String> issued(MapiSession session, String path) {
        return List.of(CONTEXT_COOKIE + "=" + session.contextCookie() + "; Path=" + path + "; HttpOnly",
                sequence(session, path));
    }

    /** The Set-Cookie value that hands the client the current sequence cookie of {@code session}. */
    public static String sequence(MapiSession session, String path) {
        return SEQUENCE_COOKIE + "=" + session.sequenceCookie() + "; Path=" + path + "; HttpOnly";
    }

    /** The Set-Cookie values that make the client drop both cookies set below {@code path}. */
    public static List<String> expired(String path) {
        return List.of(CONTEXT_COOKIE + "=; Path=" + path + "; Max-Age=0; HttpOnly",
                SEQUENCE_COOKIE + "=; Path=" + path + "; Max-Age=0; HttpOnly");
    }

    /** Ends the caller's own session named by the request's context cookie, if it is still live. */
    public void endPrevious(Request request, String user) {
        cookie(request, CONTEXT_COOKIE).flatMap(sessions::find).filter(s -> s.user().equals(user))
                .ifPresent(sessions::remove);
    }

    /** The session the cookie values name for {@code user}, or why there is none. */
    Lookup lookup(Optional<String> context, Optional<String> sequence, String user, boolean checkSequence) {
        return lookup(context, sequence, user, checkSequence, Optional.empty());
    }

    /** As above; a stale sequence cookie that, with {@code requestId}, resends the last Execute finds that Execute. */
    Lookup lookup(Optional<String> context, Optional<String> sequence, String user, boolean checkSequence,
            Optional<String> requestId) {
        if (context.isEmpty()) {
            return Lookup.failed(MapiHttpResponseCode.MISSING_COOKIE, "no session context cookie");
        }
        Optional<MapiSession> session = sessions.find(context.get());
        if (session.isEmpty()) {
            return Lookup.failed(MapiHttpResponseCode.CONTEXT_NOT_FOUND, "the session context is unknown or expired");
        }
        if (!session.get().user().equals(user)) {
            return Lookup.failed(MapiHttpResponseCode.NO_PRIVILEGE, "the session context belongs to another user");
        }
        if (checkSequence && sequence.isPresent() && !sequence.get().equals(session.get().sequenceCookie())) {
            Optional<ExecuteReplay> resent = requestId.flatMap(id -> session.get().resentExecute(sequence.get(), id));
            if (resent.isPresent()) {
                return new Lookup(session, MapiHttpResponseCode.SUCCESS, "", resent);
            }
            return Lookup.failed(MapiHttpResponseCode.INVALID_SEQUENCE, "stale sequence cookie");
        }
        return new Lookup(session, MapiHttpResponseCode.SUCCESS, "", Optional.empty());
    }

    private static Optional<String> cookie(Request request, String name) {
        return Request.getCookies(request).stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue)
                .findFirst();
    }

    /**
     * A live session (failure SUCCESS) and the Execute the request resends, if it does; or no session
     * and the X-ResponseCode and diagnostic to answer.
     */
    record Lookup(Optional<MapiSession> session, MapiHttpResponseCode failure, String diagnostic,
                  Optional<ExecuteReplay> resent) {
        static Lookup failed(MapiHttpResponseCode failure, String diagnostic) {
            return new Lookup(Optional.empty(), failure, diagnostic, Optional.empty());
        }
    }
}
