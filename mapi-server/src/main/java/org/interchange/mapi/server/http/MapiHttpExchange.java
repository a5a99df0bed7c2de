package org.interchange.mapi.server.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.interchange.mapi.codec.http.MapiHttpHeaders;
import org.interchange.mapi.codec.http.MapiHttpResponseCode;
import org.interchange.mapi.codec.http.MapiHttpResponseWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one MAPI/HTTP response, [MS-OXCMAPIHTTP] 2.2.2.2, 2.2.3 and 2.2.7: echoes X-RequestType,
 * X-RequestId and X-ClientInfo, sends the headers and PROCESSING at once, a PENDING line every
 * X-PendingPeriod while the work runs, then DONE, X-ResponseCode, X-ElapsedTime, X-StartTime, an
 * empty line and the binary body, all chunked.
 */
public final class MapiHttpExchange {
    /** The version string this server reports in X-ServerApplication, [MS-OXCMAPIHTTP] 2.2.3.3.7. */
    static final String SERVER_APPLICATION = "Exchange/15.02.1118.000";
    private static final Logger LOG = LoggerFactory.getLogger(MapiHttpExchange.class);
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Request request;
    private final Response response;
    private final Clock clock;
    private final Instant start;

    public MapiHttpExchange(Request request, Response response, Clock clock) {
        this.request = request;
        this.response = response;
        this.clock = clock;
        this.start = clock.instant();
    }

    public String header(String name) {
        return request.getHeaders().get(name);
    }

    /** A failure known before processing: X-ResponseCode in the HTTP headers and after DONE, a text body. */
    public void fail(MapiHttpResponseCode code, String diagnostic) throws IOException {
        LOG.debug("MAPI/HTTP request refused with X-ResponseCode {}: {}", code.code(), diagnostic);
        commonHeaders(code);
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            out.write(MapiHttpResponseWriter.processing());
            out.write(done(code, diagnostic.getBytes(StandardCharsets.US_ASCII)));
        }
    }

    /**
     * Streams a successful response whose body {@code work} computes on {@code workers}; PENDING
     * is written every {@code pendingPeriod} until it is done. A failing {@code work} ends with
     * X-ResponseCode 1 (Unknown Failure) after DONE, one interrupted by shutdown with 18 (Endpoint
     * Shutting Down).
     */
    public void respond(Callable<byte[]> work, ExecutorService workers, Duration pendingPeriod, List<String> setCookies,
            Map<String, String> extraHeaders) throws IOException {
        commonHeaders(MapiHttpResponseCode.SUCCESS);
        response.getHeaders().put(MapiHttpHeaders.X_PENDING_PERIOD, Long.toString(pendingPeriod.toMillis()));
        extraHeaders.forEach((k, v) -> response.getHeaders().put(k, v));
        setCookies.forEach(c -> response.getHeaders().add("Set-Cookie", c));
        Future<byte[]> result = workers.submit(work);
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            out.write(MapiHttpResponseWriter.processing());
            out.flush();
            byte[] body = null;
            MapiHttpResponseCode code = MapiHttpResponseCode.SUCCESS;
            while (body == null) {
                try {
                    body = result.get(pendingPeriod.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    out.write(MapiHttpResponseWriter.pending());
                    out.flush();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof InterruptedException) {
                        code = MapiHttpResponseCode.ENDPOINT_SHUTTING_DOWN;
                    } else {
                        LOG.warn("MAPI/HTTP request failed while processing", e.getCause());
                        code = MapiHttpResponseCode.UNKNOWN_FAILURE;
                    }
                    body = new byte[0];
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    result.cancel(true);
                    throw new IOException("interrupted while processing", e);
                }
            }
            // the DONE meta-tag and its headers, then the body as it is: one copy of a large body fewer
            out.write(done(code, new byte[0]));
            out.write(body);
        }
    }

    private void commonHeaders(MapiHttpResponseCode code) {
        response.setStatus(200);
        var headers = response.getHeaders();
        headers.put(MapiHttpHeaders.CONTENT_TYPE, MapiHttpHeaders.CONTENT_TYPE_MAPI_HTTP);
        headers.put("Cache-Control", "private");
        headers.put(MapiHttpHeaders.X_RESPONSE_CODE, code.headerValue());
        headers.put(MapiHttpHeaders.X_SERVER_APPLICATION, SERVER_APPLICATION);
        for (String echoed : List.of(MapiHttpHeaders.X_REQUEST_TYPE, MapiHttpHeaders.X_REQUEST_ID,
                MapiHttpHeaders.X_CLIENT_INFO)) {
            String value = header(echoed);
            if (value != null && printable(value)) {
                headers.put(echoed, value);
            }
        }
    }

    private byte[] done(MapiHttpResponseCode code, byte[] body) {
        Map<String, String> additional = new LinkedHashMap<>();
        additional.put(MapiHttpHeaders.X_RESPONSE_CODE, code.headerValue());
        additional.put(MapiHttpHeaders.X_ELAPSED_TIME, Long.toString(Duration.between(start, clock.instant()).toMillis()));
        additional.put(MapiHttpHeaders.X_START_TIME, HTTP_DATE.format(start));
        return MapiHttpResponseWriter.done(additional, body);
    }

    private static boolean printable(String value) {
        return value.length() <= 512 && value.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    }
}
