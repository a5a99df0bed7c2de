package org.interchange.mapi.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.interchange.mapi.codec.http.MapiHttpHeaders;
import org.interchange.mapi.codec.http.MapiHttpRequestType;
import org.interchange.mapi.codec.http.MapiHttpResponseCode;

/**
 * What the EMSMDB and NSPI endpoints do before they look at a request body, [MS-OXCMAPIHTTP] 2.1,
 * 2.2.2 and 2.2.3: the {@link RequestGate} checks (POST, authenticated user), a known X-RequestType,
 * PING answered at once, Content-Type application/mapi-http and a body of at most the endpoint's limit.
 */
public final class MapiHttpIntake {
    private final RequestGate gate;
    private final int maxBody;
    private final ExecutorService workers;
    private final Duration pendingPeriod;
    private final Clock clock;

    /** An intake for an endpoint that accepts bodies of at most {@code maxBody} bytes. */
    public MapiHttpIntake(RequestGate gate, int maxBody, ExecutorService workers, Duration pendingPeriod, Clock clock) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.maxBody = maxBody;
        this.workers = Objects.requireNonNull(workers, "workers");
        this.pendingPeriod = Objects.requireNonNull(pendingPeriod, "pendingPeriod");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The admitted request, or empty once the answer has been written: the 405 or 401 of the gate, an
     * X-ResponseCode failure (missing or unknown X-RequestType, wrong Content-Type, body too large) or
     * the answer to a PING.
     */
    public Optional<Admitted> admit(Request request, Response response) throws IOException {
        Optional<String> user = gate.authenticatedPost(request, response);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        MapiHttpExchange exchange = new MapiHttpExchange(request, response, clock);
        Optional<MapiHttpRequestType> type = requestType(exchange);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (type.get() == MapiHttpRequestType.PING) {
            exchange.respond(() -> new byte[0], workers, pendingPeriod, List.of(), Map.of());
            return Optional.empty();
        }
        String contentType = exchange.header(MapiHttpHeaders.CONTENT_TYPE);
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT)
                .startsWith(MapiHttpHeaders.CONTENT_TYPE_MAPI_HTTP)) {
            exchange.fail(MapiHttpResponseCode.INVALID_HEADER, "Content-Type must be application/mapi-http");
            return Optional.empty();
        }
        if (request.getLength() > maxBody) {
            exchange.fail(MapiHttpResponseCode.TOO_LARGE, "request body too large");
            return Optional.empty();
        }
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readNBytes(maxBody + 1);
        }
        if (body.length > maxBody) {
            exchange.fail(MapiHttpResponseCode.TOO_LARGE, "request body too large");
            return Optional.empty();
        }
        return Optional.of(new Admitted(user.get(), exchange, type.get(), body));
    }

    /** The request type; when it is missing or unknown the X-ResponseCode answer is written and empty returned. */
    private static Optional<MapiHttpRequestType> requestType(MapiHttpExchange exchange) throws IOException {
        String typeHeader = exchange.header(MapiHttpHeaders.X_REQUEST_TYPE);
        if (typeHeader == null) {
            exchange.fail(MapiHttpResponseCode.MISSING_HEADER, "X-RequestType is missing");
            return Optional.empty();
        }
        Optional<MapiHttpRequestType> type = MapiHttpRequestType.fromHeader(typeHeader);
        if (type.isEmpty()) {
            exchange.fail(MapiHttpResponseCode.INVALID_REQUEST_TYPE, "unknown X-RequestType");
        }
        return type;
    }

    /**
     * A request past the intake, [MS-OXCMAPIHTTP] 2.2.2: the authenticated user, the exchange to answer
     * on, the X-RequestType (never PING) and the whole body.
     */
    public record Admitted(String user, MapiHttpExchange exchange, MapiHttpRequestType type, byte[] body) {
        public Admitted {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(exchange, "exchange");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(body, "body");
        }
    }
}
