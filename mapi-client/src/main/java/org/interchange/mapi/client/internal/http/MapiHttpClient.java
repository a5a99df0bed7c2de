package org.interchange.mapi.client.internal.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.interchange.mapi.client.MapiAuthenticationException;
import org.interchange.mapi.client.MapiAuthenticator;
import org.interchange.mapi.client.MapiCertificateException;
import org.interchange.mapi.client.MapiProtocolException;
import org.interchange.mapi.client.MapiServerBusyException;
import org.interchange.mapi.client.MapiSessionOptions;
import org.interchange.mapi.client.MapiTimeoutException;
import org.interchange.mapi.client.MapiTransportException;
import org.interchange.mapi.codec.http.MapiHttpHeaders;
import org.interchange.mapi.codec.http.MapiHttpRequestType;
import org.interchange.mapi.codec.http.MapiHttpResponse;
import org.interchange.mapi.codec.http.MapiHttpResponseParser;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * One MAPI/HTTP endpoint seen as "POST a body of a request type, get the response body back",
 * [MS-OXCMAPIHTTP] 2.2.2 and 3.1.5: sets the common headers, authenticates, keeps the session
 * cookies, reads the PROCESSING/PENDING/DONE framing under timeouts and turns HTTP statuses and
 * X-ResponseCode values into typed exceptions. Requests are serialized (the MapiSequence cookie
 * admits one request at a time). The Authorization header is never logged.
 */
public final class MapiHttpClient implements AutoCloseable {
    private static final System.Logger WIRE = System.getLogger("org.interchange.mapi.client.wire");
    private static final int MAX_AUTH_ROUNDS = 3;
    private static final Duration DEFAULT_BUSY_DELAY = Duration.ofSeconds(30);
    /** How often an Execute is resent when the connection fails before any response arrives. */
    static final int MAX_RESENDS = 2;

    private final URI endpoint;
    private final MapiAuthenticator authenticator;
    private final MapiSessionOptions options;
    private final HttpClient http;
    private final SessionCookieJar cookies = new SessionCookieJar();
    private final RequestIds ids = new RequestIds();
    private final Object sequence = new Object();

    public MapiHttpClient(URI endpoint, MapiAuthenticator authenticator, MapiSessionOptions options) {
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("mailbox URL must be https:// (or http:// for loopback tests): " + endpoint);
        }
        this.endpoint = endpoint;
        this.authenticator = authenticator;
        this.options = options;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(ReportingTrustManager.context(options.trustStore()))
                .build();
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The session cookies; Connect fills them, Disconnect invalidates them. */
    public SessionCookieJar cookies() {
        return cookies;
    }

    /** Starts a new Session Context: fresh request-id GUID, next client-info counter, no cookies. */
    public void newSession() {
        cookies.clear();
        ids.newSession();
    }

    /**
     * Prepares a reconnect, [MS-OXCMAPIHTTP] 3.2.5.6: the next Connect or Bind still carries the old
     * session cookies, and its response replaces all of them (old and new are never mixed).
     */
    public void reconnectSession() {
        cookies.replaceOnNextResponse();
        ids.newSession();
    }

    /** POSTs {@code body} as {@code type} and returns the parsed response framing; X-ResponseCode was 0. */
    public MapiHttpResponse post(MapiHttpRequestType type, byte[] body) {
        return post(type, body, options.requestTimeout());
    }

    /**
     * POSTs with its own bound on the whole request. NotificationWait and PING run beside the
     * sequenced requests ([MS-OXCMAPIHTTP] 3.1.5.3: they carry no sequence cookie); all others
     * are sent one at a time.
     */
    public MapiHttpResponse post(MapiHttpRequestType type, byte[] body, Duration requestTimeout) {
        if (type == MapiHttpRequestType.NOTIFICATION_WAIT || type == MapiHttpRequestType.PING) {
            return authenticatedPost(type, body, requestTimeout);
        }
        synchronized (sequence) {
            return authenticatedPost(type, body, requestTimeout);
        }
    }

    private MapiHttpResponse authenticatedPost(MapiHttpRequestType type, byte[] body, Duration requestTimeout) {
        long deadline = System.nanoTime() + requestTimeout.toNanos();
        Optional<String> authorization = authenticator.initial(endpoint);
        for (int round = 1; ; round++) {
            Exchange ex = send(type, body, authorization, deadline);
            if (ex.status() != 401) {
                return interpret(type, ex);
            }
            List<String> challenges = ex.headers().allValues("WWW-Authenticate");
            authorization = round <= MAX_AUTH_ROUNDS
                    ? authenticator.respond(endpoint, challenges, round) : Optional.empty();
            if (authorization.isEmpty()) {
                throw new MapiAuthenticationException(type.headerValue() + " rejected with HTTP 401 by "
                        + endpoint.getHost() + " (" + authenticator + "; challenges " + challenges + ")");
            }
        }
    }

    private record Exchange(int status, HttpHeaders headers, byte[] body, String requestId) {
    }

    /**
     * Sends the request. An Execute whose connection fails before any response byte arrives is
     * resent with the same X-RequestId and cookies, at most {@link #MAX_RESENDS} times: the server
     * may have run it, and a resend is how it recognises the request and answers with the response
     * that was lost instead of running the ROPs again ([MS-OXCMAPIHTTP] 2.2.3.3.2: the counter of
     * X-RequestId grows with every new request, not with a resend).
     */
    private Exchange send(MapiHttpRequestType type, byte[] body, Optional<String> authorization, long deadline) {
        String requestId = ids.nextRequestId();
        for (int resends = 0; ; resends++) {
            try {
                return sendOnce(type, body, authorization, deadline, requestId);
            } catch (NoResponseException lost) {
                if (type != MapiHttpRequestType.EXECUTE || resends >= MAX_RESENDS || System.nanoTime() > deadline) {
                    throw lost;
                }
                WIRE.log(System.Logger.Level.INFO, () -> "resending " + type.headerValue() + " " + requestId
                        + " after the connection failed without a response: " + lost.getCause());
            }
        }
    }

    /** The connection failed after the request may have been sent and before any response arrived. */
    private static final class NoResponseException extends MapiTransportException {
        private static final long serialVersionUID = 1L;

        NoResponseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Exchange sendOnce(MapiHttpRequestType type, byte[] body, Optional<String> authorization, long deadline,
            String requestId) {
        HttpRequest.Builder rb = HttpRequest.newBuilder(endpoint)
                .timeout(options.readTimeout())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header(MapiHttpHeaders.CONTENT_TYPE, MapiHttpHeaders.CONTENT_TYPE_MAPI_HTTP)
                .header("Accept", MapiHttpHeaders.CONTENT_TYPE_MAPI_HTTP)
                .header(MapiHttpHeaders.X_REQUEST_TYPE, type.headerValue())
                .header(MapiHttpHeaders.X_REQUEST_ID, requestId)
                .header(MapiHttpHeaders.X_CLIENT_INFO, ids.clientInfo())
                .header(MapiHttpHeaders.X_CLIENT_APPLICATION, options.clientApplication())
                .header("User-Agent", options.userAgent());
        cookies.header().ifPresent(c -> rb.header("Cookie", c));
        authorization.ifPresent(a -> rb.header("Authorization", a));
        long start = System.nanoTime();
        HttpResponse<BodyCollector> response;
        try {
            response = http.send(rb.build(), info -> new BodyCollector(options.maxResponseBytes()));
        } catch (HttpConnectTimeoutException e) {
            throw new MapiTimeoutException("connecting to " + endpoint.getHost() + " timed out after "
                    + options.connectTimeout().toMillis() + " ms", e);
        } catch (HttpTimeoutException e) {
            throw new MapiTimeoutException(type.headerValue() + " " + requestId + ": no response headers within "
                    + options.readTimeout().toMillis() + " ms", e);
        } catch (ConnectException e) {
            String port = endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort();
            throw new MapiTransportException("cannot connect to " + endpoint.getHost() + port
                    + (e.getMessage() == null ? " (connection refused)" : " (" + e.getMessage() + ")"), e);
        } catch (IOException e) {
            Optional<MapiCertificateException> untrusted = ReportingTrustManager.certificateError(endpoint.getHost(), e);
            if (untrusted.isPresent()) {
                throw untrusted.get();
            }
            throw new NoResponseException(type.headerValue() + " " + requestId + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MapiTransportException("interrupted while sending " + type.headerValue(), e);
        }
        cookies.accept(response.headers().allValues("Set-Cookie"));
        byte[] received = response.body().await(idleTimeout(response.headers()), deadline);
        WIRE.log(System.Logger.Level.DEBUG, () -> "POST " + type.headerValue() + " " + requestId + " -> HTTP "
                + response.statusCode() + ", X-ResponseCode "
                + response.headers().firstValue(MapiHttpHeaders.X_RESPONSE_CODE).orElse("-") + ", "
                + received.length + " bytes in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return new Exchange(response.statusCode(), response.headers(), received, requestId);
    }

    private MapiHttpResponse interpret(MapiHttpRequestType type, Exchange ex) {
        String what = type.headerValue() + " " + ex.requestId();
        switch (ex.status()) {
            case 200 -> {
                OptionalInt early = parseCode(ex.headers().firstValue(MapiHttpHeaders.X_RESPONSE_CODE), what);
                if (early.isPresent() && early.getAsInt() != 0) {
                    throw ResponseCodeErrors.toException(early.getAsInt(), what, diagnostic(ex.body()));
                }
                MapiHttpResponse framed = parseFraming(what, ex.body());
                OptionalInt code = parseCode(framed.header(MapiHttpHeaders.X_RESPONSE_CODE), what);
                if (code.isEmpty()) {
                    throw new MapiProtocolException(what + ": response has no X-ResponseCode after DONE");
                }
                if (code.getAsInt() != 0) {
                    throw ResponseCodeErrors.toException(code.getAsInt(), what, diagnostic(framed.body()));
                }
                return framed;
            }
            case 403 -> throw new MapiAuthenticationException(what + " forbidden (HTTP 403) by " + endpoint.getHost());
            case 429, 503 -> throw new MapiServerBusyException(what + " answered HTTP " + ex.status(),
                    retryAfter(ex.headers()));
            default -> throw new MapiTransportException(what + " answered HTTP " + ex.status()
                    + diagnosticSuffix(ex.body()), ex.status());
        }
    }

    private static MapiHttpResponse parseFraming(String what, byte[] body) {
        try {
            MapiHttpResponseParser parser = new MapiHttpResponseParser(body.length);
            parser.feed(body);
            return parser.finish();
        } catch (MapiCodecException e) {
            throw new MapiProtocolException(what + ": malformed MAPI/HTTP response: " + e.getMessage(), e);
        }
    }

    private static OptionalInt parseCode(Optional<String> value, String what) {
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.get().strip()));
        } catch (NumberFormatException e) {
            throw new MapiProtocolException(what + ": X-ResponseCode '" + value.get() + "' is not a number", e);
        }
    }

    /**
     * How long the body may stay silent: the configured read timeout, or twice the server's
     * X-PendingPeriod ([MS-OXCMAPIHTTP] 2.2.3.3.5) when that is longer, since PENDING lines only
     * come that often.
     */
    private Duration idleTimeout(HttpHeaders headers) {
        Optional<String> period = headers.firstValue(MapiHttpHeaders.X_PENDING_PERIOD);
        if (period.isPresent()) {
            try {
                Duration twice = Duration.ofMillis(Long.parseLong(period.get().strip())).multipliedBy(2);
                if (twice.compareTo(options.readTimeout()) > 0) {
                    return twice;
                }
            } catch (NumberFormatException | ArithmeticException e) {
                return options.readTimeout();
            }
        }
        return options.readTimeout();
    }

    /**
     * Retry-After as delay-seconds or as an HTTP-date ([RFC9110] 10.2.3); absent or unreadable
     * yields the default delay, a date in the past none.
     */
    private static Duration retryAfter(HttpHeaders headers) {
        Optional<String> v = headers.firstValue("Retry-After").map(String::strip);
        if (v.isEmpty()) {
            return DEFAULT_BUSY_DELAY;
        }
        try {
            long seconds = Long.parseLong(v.get());
            return seconds >= 0 ? Duration.ofSeconds(seconds) : DEFAULT_BUSY_DELAY;
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(v.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration left = Duration.between(Instant.now(), at);
                return left.isNegative() ? Duration.ZERO : left;
            } catch (DateTimeParseException notADate) {
                return DEFAULT_BUSY_DELAY;
            }
        }
    }

    private static String diagnosticSuffix(byte[] body) {
        String d = diagnostic(body);
        return d.isEmpty() ? "" : ": " + d;
    }

    /** The start of a diagnostic body as printable text, for error messages. */
    private static String diagnostic(byte[] body) {
        int n = Math.min(body.length, 300);
        String text = new String(body, 0, n, StandardCharsets.UTF_8);
        return text.replaceAll("<[^>]*>", " ").replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    @Override
    public void close() {
        http.close();
    }
}
