package org.interchange.mapi.client.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interchange.mapi.client.internal.http.FakeMapiHttpServer.ascii;
import static org.interchange.mapi.client.internal.http.FakeMapiHttpServer.framed;
import static org.interchange.mapi.client.internal.http.FakeMapiHttpServer.raw;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.interchange.mapi.client.MapiAuthenticationException;
import org.interchange.mapi.client.MapiAuthenticator;
import org.interchange.mapi.client.MapiProtocolException;
import org.interchange.mapi.client.MapiResponseCodeException;
import org.interchange.mapi.client.MapiServerBusyException;
import org.interchange.mapi.client.MapiSessionExpiredException;
import org.interchange.mapi.client.MapiSessionOptions;
import org.interchange.mapi.client.MapiTimeoutException;
import org.interchange.mapi.client.MapiTransportException;
import org.interchange.mapi.codec.http.MapiHttpRequestType;
import org.interchange.mapi.codec.http.MapiHttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MapiHttpClientTest {
    private static final String PASSWORD = "s3cret-Pässword";
    private static final byte[] BODY = {1, 2, 3, 0, (byte) 0xFF, '\r', '\n', 4};

    private FakeMapiHttpServer server;
    private MapiHttpClient client;

    @BeforeEach
    void start() throws Exception {
        server = new FakeMapiHttpServer();
        client = newClient(MapiSessionOptions.builder().readTimeout(Duration.ofSeconds(10)).build());
        client.newSession();
    }

    private MapiHttpClient newClient(MapiSessionOptions options) {
        return new MapiHttpClient(server.uri(), MapiAuthenticator.basic("alice", PASSWORD.toCharArray()), options);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void sendsTheCommonHeadersWithIncreasingRequestIds() {
        server.then(framed(0, BODY, 0)).then(framed(0, BODY, 0));

        client.post(MapiHttpRequestType.CONNECT, new byte[] {9});
        client.post(MapiHttpRequestType.EXECUTE, new byte[] {8, 7});

        FakeMapiHttpServer.Received first = server.received.get(0);
        FakeMapiHttpServer.Received second = server.received.get(1);
        assertThat(first.header("Content-Type")).isEqualTo("application/mapi-http");
        assertThat(first.header("X-RequestType")).isEqualTo("Connect");
        assertThat(second.header("X-RequestType")).isEqualTo("Execute");
        assertThat(first.header("X-ClientApplication")).isEqualTo("Interchange/0.1.0");
        assertThat(first.header("User-Agent")).isEqualTo("Interchange-MAPI/0.1.0");
        assertThat(first.header("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString(("alice:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        assertThat(second.body()).containsExactly(8, 7);

        String guid = "\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\\}";
        assertThat(first.header("X-RequestId")).matches(guid + ":\\d+");
        assertThat(first.header("X-ClientInfo")).matches(guid + ":\\d+");
        String[] id1 = first.header("X-RequestId").split(":");
        String[] id2 = second.header("X-RequestId").split(":");
        assertThat(id2[0]).isEqualTo(id1[0]);
        assertThat(Long.parseLong(id2[1])).isGreaterThan(Long.parseLong(id1[1]));
        assertThat(second.header("X-ClientInfo")).isEqualTo(first.header("X-ClientInfo"));
    }

    @Test
    void newSessionChangesRequestIdGuidAndClientInfoCounterButNotClientGuid() {
        server.then(framed(0, BODY, 0)).then(framed(0, BODY, 0));
        client.post(MapiHttpRequestType.CONNECT, new byte[0]);
        client.newSession();
        client.post(MapiHttpRequestType.CONNECT, new byte[0]);

        String[] info1 = server.received.get(0).header("X-ClientInfo").split(":");
        String[] info2 = server.received.get(1).header("X-ClientInfo").split(":");
        assertThat(info2[0]).isEqualTo(info1[0]);
        assertThat(info2[1]).isNotEqualTo(info1[1]);
        assertThat(server.received.get(1).header("X-RequestId").split(":")[0])
                .isNotEqualTo(server.received.get(0).header("X-RequestId").split(":")[0]);
    }

    @Test
    void returnsTheBodyAfterDoneAndTheAdditionalHeaders() {
        server.then(framed(0, BODY, 0));

        MapiHttpResponse response = client.post(MapiHttpRequestType.EXECUTE, new byte[0]);

        assertThat(response.body()).containsExactly(BODY);
        assertThat(response.header("X-ElapsedTime")).contains("3");
    }

    @Test
    void skipsPendingKeepAliveLines() {
        server.then(framed(0, BODY, 5));

        MapiHttpResponse response = client.post(MapiHttpRequestType.EXECUTE, new byte[0]);

        assertThat(response.pendingCount()).isEqualTo(5);
        assertThat(response.body()).containsExactly(BODY);
    }

    @Test
    void keepsSessionCookiesAndSendsThemBack() {
        server.then(framed(0, BODY, 0, "MapiContext=ctx-1; path=/mapi/emsmdb/; secure; HttpOnly",
                        "MapiSequence=seq-1; path=/mapi/emsmdb/"))
                .then(framed(0, BODY, 0, "MapiSequence=seq-2; path=/mapi/emsmdb/"))
                .then(framed(0, BODY, 0, "MapiContext=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/mapi/emsmdb/"))
                .then(framed(0, BODY, 0));

        client.post(MapiHttpRequestType.CONNECT, new byte[0]);
        client.post(MapiHttpRequestType.EXECUTE, new byte[0]);
        client.post(MapiHttpRequestType.EXECUTE, new byte[0]);
        client.post(MapiHttpRequestType.EXECUTE, new byte[0]);

        assertThat(server.received.get(0).header("Cookie")).isNull();
        assertThat(server.received.get(1).header("Cookie")).isEqualTo("MapiContext=ctx-1; MapiSequence=seq-1");
        assertThat(server.received.get(2).header("Cookie")).isEqualTo("MapiContext=ctx-1; MapiSequence=seq-2");
        assertThat(server.received.get(3).header("Cookie")).isEqualTo("MapiSequence=seq-2");
    }

    @Test
    void nonZeroResponseCodeAfterDoneIsTyped() {
        server.then(framed(12, ascii("<html>bad body</html>"), 0));

        assertThatThrownBy(() -> client.post(MapiHttpRequestType.EXECUTE, new byte[0]))
                .isInstanceOf(MapiResponseCodeException.class)
                .hasMessageContaining("12 (INVALID_REQUEST_BODY)")
                .hasMessageContaining("bad body")
                .extracting(e -> ((MapiResponseCodeException) e).responseCode()).isEqualTo(12);
    }

    @Test
    void lostContextIsSessionExpired() {
        server.then(raw(200, Map.of("X-ResponseCode", "10", "Content-Type", "text/html"),
                ascii("<html><body>Context not found</body></html>")));

        assertThatThrownBy(() -> client.post(MapiHttpRequestType.EXECUTE, new byte[0]))
                .isInstanceOf(MapiSessionExpiredException.class)
                .hasMessageContaining("CONTEXT_NOT_FOUND")
                .hasMessageContaining("Context not found");
    }

    @Test
    void invalidContextCookieIsSessionExpired() {
        server.then(framed(6, new byte[0], 0));

        assertThatThrownBy(() -> client.post(MapiHttpRequestType.EXECUTE, new byte[0]))
                .isInstanceOf(MapiSessionExpiredException.class);
    }

    @Test
    void http401IsAnAuthenticationFailureThatDoesNotRevealTheCredentials() {
        server.then(raw(401, Map.of("WWW-Authenticate", "Basic realm=\"mapi\""), new byte[0]));

        assertThatThrownBy(() -> client.post(MapiHttpRequestType.CONNECT, new byte[0]))
                .isInstanceOf(MapiAuthenticationException.class)
                .hasMessageContaining("401")
                .hasMessageNotContaining(PASSWORD)
                .hasMessageNotContaining(Base64.getEncoder().encodeToString(
                        ("alice:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        assertThat(server.received).hasSize(1);
    }

    @Test
    void challengeResponseAuthenticatorGetsASecondRound() {
        MapiAuthenticator twoLeg = new MapiAuthenticator() {
            @Override
            public java.util.Optional<String> initial(java.net.URI uri) {
                return java.util.Optional.of("Fake token-1");
            }

            @Override
            public java.util.Optional<String> respond(java.net.URI uri, java.util.List<String> challenges, int round) {
                return challenges.contains("Fake challenge-A") && round == 1
                        ? java.util.Optional.of("Fake token-2") : java.util.Optional.empty();
            }
        };
        server.then(raw(401, Map.of("WWW-Authenticate", "Fake challenge-A"), new byte[0]))
                .then(framed(0, BODY, 0));
        try (MapiHttpClient c = new MapiHttpClient(server.uri(), twoLeg, MapiSessionOptions.defaults())) {
            c.post(MapiHttpRequestType.CONNECT, new byte[0]);
        }
        assertThat(server.received.get(0).header("Authorization")).isEqualTo("Fake token-1");
        assertThat(server.received.get(1).header("Authorization")).isEqualTo("Fake token-2");
    }

    @Test
    void bearerTokensAreRefreshedOnceAfterA401() {
        java.util.Iterator<String> tokens = List.of("expired-token", "fresh-token").iterator();
        server.then(raw(401, Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""), new byte[0]))
                .then(framed(0, BODY, 0));
        try (MapiHttpClient c = new MapiHttpClient(server.uri(), MapiAuthenticator.bearer(tokens::next),
                MapiSessionOptions.defaults())) {
            c.post(MapiHttpRequestType.CONNECT, new byte[0]);
        }
        assertThat(server.received.get(0).header("Authorization")).isEqualTo("Bearer expired-token");
        assertThat(server.received.get(1).header("Authorization")).isEqualTo("Bearer fresh-token");
    }

    @Test
    void anUnchangedBearerTokenIsNotRetried() {
        server.then(raw(401, Map.of("WWW-Authenticate", "Bearer"), new byte[0]));
        try (MapiHttpClient c = new MapiHttpClient(server.uri(), MapiAuthenticator.bearer(() -> "same-token"),
                MapiSessionOptions.defaults())) {
            assertThatThrownBy(() -> c.post(MapiHttpRequestType.CONNECT, new byte[0]))
                    .isInstanceOf(MapiAuthenticationException.class)
                    .hasMessageNotContaining("same-token");
        }
        assertThat(server.received).hasSize(1);
    }

    @Test
    void http403IsAnAuthenticationFailure() {
        server.then(raw(403, Map.of(), ascii("Forbidden")));

        assertThatThrownBy(() -> client.post(MapiHttpRequestType.CONNECT, new byte[0]))
                .isInstanceOf(MapiAuthenticationException.class);
    }

    @Test
    void busyServerTellsTheCallerWhenToRetry() {
        server.then(raw(503, Map.of("Retry-After", "7"), new byte[0]));

        assertThatThrownBy(() -> client.post(MapiHttpRequestType.EXECUTE, new byte[0]))
                .isInstanceOf(MapiServerBusyException.class)
                .extracting(e -> ((MapiServerBusyException) e).retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterMayBeAnHttpDate() {
        String inTwoMinutes = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(2));
        server.then(raw(503, Map.of("Retry-After", inTwoMinutes), new byte[0]));

        assertThatThrownBy(() -> client.post(MapiHttpRequestType.EXECUTE, new byte[0]))
                .isInstanceOfSatisfying(MapiServerBusyException.class, e -> assertThat(e.retryAfter())
                        .isBetween(Duration.ofSeconds(100), Duration.ofSeconds(120)));
    }

    @Test
    void otherHttpErrorsCarryTheStatus() {
        server.then(raw(500, Map.of(), ascii("Internal Server Error")));

        assertThatThrownBy(() -> client.post(MapiHttpRequestType.EXECUTE, new byte[0]))
                .isInstanceOf(MapiTransportException.class)
                .hasMessageContaining("Internal Server Error")
                .extracting(e -> ((MapiTransportException) e).httpStatus()).isEqualTo(500);
    }

    @Test
    void truncatedFramingIsAProtocolError() {
        server.then(raw(200, Map.of("Content-Type", "application/mapi-http"), ascii("PROCESSING\r\nPENDING\r\n")));

        assertThatThrownBy(() -> client.post(MapiHttpRequestType.EXECUTE, new byte[0]))
                .isInstanceOf(MapiProtocolException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void garbageBodyIsAProtocolError() {
        server.then(raw(200, Map.of("Content-Type", "application/mapi-http"), new byte[] {0x13, 0x37, 0, 0, '\n'}));

        assertThatThrownBy(() -> client.post(MapiHttpRequestType.EXECUTE, new byte[0]))
                .isInstanceOf(MapiProtocolException.class);
    }

    @Test
    void missingResponseCodeAfterDoneIsAProtocolError() {
        server.then(raw(200, Map.of(), ascii("PROCESSING\r\nDONE\r\nX-ElapsedTime: 1\r\n\r\n")));

        assertThatThrownBy(() -> client.post(MapiHttpRequestType.EXECUTE, new byte[0]))
                .isInstanceOf(MapiProtocolException.class)
                .hasMessageContaining("X-ResponseCode");
    }

    @Test
    void oversizedBodyIsRefused() {
        client.close();
        client = newClient(MapiSessionOptions.builder().maxResponseBytes(2048).build());
        server.then(framed(0, new byte[4096], 0));

        assertThatThrownBy(() -> client.post(MapiHttpRequestType.EXECUTE, new byte[0]))
                .isInstanceOf(MapiProtocolException.class)
                .hasMessageContaining("2048");
    }

    @Test
    void serverThatNeverAnswersTimesOut() {
        client.close();
        client = newClient(MapiSessionOptions.builder().readTimeout(Duration.ofMillis(500)).build());
        server.then(FakeMapiHttpServer.silentFor(3000, framed(0, BODY, 0)));

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.post(MapiHttpRequestType.EXECUTE, new byte[0]))
                .isInstanceOf(MapiTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void serverThatStallsAfterProcessingTimesOut() {
        client.close();
        client = newClient(MapiSessionOptions.builder().readTimeout(Duration.ofMillis(500)).build());
        server.then(FakeMapiHttpServer.stallAfterProcessing(3000));

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.post(MapiHttpRequestType.EXECUTE, new byte[0]))
                .isInstanceOf(MapiTimeoutException.class)
                .hasMessageContaining("no data from the server");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void pendingLinesSlowerThanTheReadTimeoutAreFineWithinTwiceThePendingPeriod() {
        server.then(framed(0, BODY, 0));
        client.post(MapiHttpRequestType.EXECUTE, new byte[0]);
        client.close();
        client = newClient(MapiSessionOptions.builder().readTimeout(Duration.ofMillis(300)).build());
        server.then(exchange -> {
            exchange.getResponseHeaders().add("X-PendingPeriod", "1000");
            exchange.sendResponseHeaders(200, 0);
            var out = exchange.getResponseBody();
            out.write(ascii("PROCESSING\r\n"));
            out.flush();
            for (int i = 0; i < 3; i++) {
                Thread.sleep(700);
                out.write(ascii("PENDING\r\n"));
                out.flush();
            }
            out.write(ascii("DONE\r\nX-ResponseCode: 0\r\n\r\n"));
            out.write(BODY);
        });

        MapiHttpResponse response = client.post(MapiHttpRequestType.EXECUTE, new byte[0]);

        assertThat(response.pendingCount()).isEqualTo(3);
        assertThat(response.body()).containsExactly(BODY);
    }

    @Test
    void refusedConnectionIsATransportError() {
        java.net.URI dead = server.uri();
        server.close();
        try (MapiHttpClient c = new MapiHttpClient(dead, MapiAuthenticator.basic("a", new char[0]),
                MapiSessionOptions.defaults())) {
            assertThatThrownBy(() -> c.post(MapiHttpRequestType.CONNECT, new byte[0]))
                    .isInstanceOf(MapiTransportException.class);
        }
    }
}
