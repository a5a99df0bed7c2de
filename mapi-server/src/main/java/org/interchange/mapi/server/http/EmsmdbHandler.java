package org.interchange.mapi.server.http;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.interchange.mapi.codec.http.ConnectRequest;
import org.interchange.mapi.codec.http.ConnectResponse;
import org.interchange.mapi.codec.http.DisconnectRequest;
import org.interchange.mapi.codec.http.ExecuteRequest;
import org.interchange.mapi.codec.http.MapiHttpHeaders;
import org.interchange.mapi.codec.http.MapiHttpResponseCode;
import org.interchange.mapi.codec.http.NotificationWaitRequest;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.server.rop.RopErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The EMSMDB endpoint, [MS-OXCMAPIHTTP] 2.1 and 3.2.5: POST only (405 otherwise), Basic
 * authentication (401), Content-Type application/mapi-http and X-RequestType required, Session
 * Context cookies issued by Connect and checked on Execute and Disconnect, PING answered without
 * a session. NotificationWait is held until its timeout or the end of the session.
 */
final class EmsmdbHandler extends Handler.Abstract {
    static final String PATH = "/mapi/emsmdb";
    /** The cookies of EMSMDB sessions are sent to every {@code /mapi/} endpoint. */
    private static final String COOKIE_PATH = "/mapi/";
    /** Largest request body accepted: the 4 MB bound of the codec's extended buffers plus framing. */
    static final int MAX_BODY = 4 * 1024 * 1024 + 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(EmsmdbHandler.class);

    private final MapiHttpIntake intake;
    private final SessionRegistry sessions;
    private final SessionCookies sessionCookies;
    private final EmsmdbService service;
    private final ExecutorService workers;
    private final Duration pendingPeriod;
    private final Duration notificationWait;

    EmsmdbHandler(RequestGate gate, SessionRegistry sessions, EmsmdbService service, ExecutorService workers,
            Duration pendingPeriod, Duration notificationWait, Clock clock) {
        this.intake = new MapiHttpIntake(gate, MAX_BODY, workers, pendingPeriod, clock);
        this.sessions = sessions;
        this.sessionCookies = new SessionCookies(sessions);
        this.service = service;
        this.workers = workers;
        this.pendingPeriod = pendingPeriod;
        this.notificationWait = notificationWait;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        try {
            serve(request, response);
            callback.succeeded();
        } catch (org.eclipse.jetty.io.EofException gone) {
            // the client stopped waiting (a NotificationWait it gave up on, a closed window): not a server fault
            LOG.debug("MAPI/HTTP client went away: {}", gone.toString());
            callback.failed(gone);
        } catch (IOException | RuntimeException e) {
            LOG.warn("MAPI/HTTP request failed: {}", e.toString());
            callback.failed(e);
        }
        return true;
    }

    private void serve(Request request, Response response) throws IOException {
        String path = Request.getPathInContext(request);
        if (!PATH.equals(path) && !(PATH + "/").equals(path)) {
            RequestGate.plain(response, 404);
            return;
        }
        Optional<MapiHttpIntake.Admitted> admitted = intake.admit(request, response);
        if (admitted.isEmpty()) {
            return;
        }
        MapiHttpExchange exchange = admitted.get().exchange();
        String user = admitted.get().user();
        byte[] body = admitted.get().body();
        switch (admitted.get().type()) {
            case CONNECT -> connect(request, exchange, user, body);
            case EXECUTE -> execute(request, exchange, user, body);
            case DISCONNECT -> disconnect(request, exchange, user, body);
            case NOTIFICATION_WAIT -> notificationWait(request, exchange, user, body);
            default -> exchange.fail(MapiHttpResponseCode.INVALID_REQUEST_TYPE,
                    admitted.get().type().headerValue() + " is not supported by this endpoint");
        }
    }

    private void connect(Request request, MapiHttpExchange exchange, String user, byte[] body) throws IOException {
        ConnectRequest connect;
        try {
            connect = ConnectRequest.decode(body);
        } catch (MapiCodecException e) {
            exchange.fail(MapiHttpResponseCode.INVALID_REQUEST_BODY, "malformed Connect body");
            return;
        }
        sessionCookies.endPrevious(request, user);
        if (!EmsmdbService.namesUser(connect, user)) {
            byte[] refused = new ConnectResponse(0, RopErrors.LOGIN_PERM, 0, 0, 0, "", "", new byte[0]).encode();
            exchange.respond(() -> refused, workers, pendingPeriod, List.of(), Map.of());
            return;
        }
        MapiSession session = sessions.create(user);
        exchange.respond(() -> service.connect(user).encode(), workers, pendingPeriod, cookies(session),
                Map.of(MapiHttpHeaders.X_EXPIRATION_INFO, Long.toString(sessions.idleTimeout().toMillis())));
    }

    private void execute(Request request, MapiHttpExchange exchange, String user, byte[] body) throws IOException {
        Optional<SessionCookies.Lookup> lookup = sessionCookies.requireExecute(request, exchange, user);
        if (lookup.isEmpty()) {
            return;
        }
        MapiSession session = lookup.get().session().orElseThrow();
        Map<String, String> expiration = Map.of(MapiHttpHeaders.X_EXPIRATION_INFO,
                Long.toString(sessions.idleTimeout().toMillis()));
        if (lookup.get().resent().isPresent()) {
            // the client lost the response: answer with the one already computed, do not run the ROPs again
            LOG.info("Execute {} resent after a lost response; replaying it", exchange.header(MapiHttpHeaders.X_REQUEST_ID));
            ExecuteReplay resent = lookup.get().resent().get();
            exchange.respond(resent::response, workers, pendingPeriod, cookies(session), expiration);
            return;
        }
        ExecuteRequest execute;
        try {
            execute = ExecuteRequest.decode(body);
        } catch (MapiCodecException e) {
            exchange.fail(MapiHttpResponseCode.INVALID_REQUEST_BODY, "malformed Execute body");
            return;
        }
        ExecuteReplay replay = sessions.advanceForExecute(session, exchange.header(MapiHttpHeaders.X_REQUEST_ID));
        exchange.respond(() -> replay.run(() -> service.execute(session, execute).encode()), workers, pendingPeriod,
                cookies(session), expiration);
    }

    private void notificationWait(Request request, MapiHttpExchange exchange, String user, byte[] body)
            throws IOException {
        // NotificationWait runs beside Execute, so it does not check the sequence cookie.
        Optional<MapiSession> session = sessionCookies.require(request, exchange, user, false);
        if (session.isEmpty()) {
            return;
        }
        try {
            NotificationWaitRequest.decode(body);
        } catch (MapiCodecException e) {
            exchange.fail(MapiHttpResponseCode.INVALID_REQUEST_BODY, "malformed NotificationWait body");
            return;
        }
        exchange.respond(() -> service.notificationWait(session.get(), notificationWait).encode(), workers,
                pendingPeriod, List.of(), Map.of());
    }

    private void disconnect(Request request, MapiHttpExchange exchange, String user, byte[] body) throws IOException {
        Optional<MapiSession> session = sessionCookies.require(request, exchange, user, true);
        if (session.isEmpty()) {
            return;
        }
        try {
            DisconnectRequest.decode(body);
        } catch (MapiCodecException e) {
            exchange.fail(MapiHttpResponseCode.INVALID_REQUEST_BODY, "malformed Disconnect body");
            return;
        }
        sessions.remove(session.get());
        exchange.respond(() -> service.disconnect().encode(), workers, pendingPeriod,
                SessionCookies.expired(COOKIE_PATH), Map.of());
    }

    private static List<String> cookies(MapiSession session) {
        return SessionCookies.issued(session, COOKIE_PATH);
    }

}
