package org.interchange.mapi.server.http;

import java.io.IOException;
import java.util.Optional;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.interchange.mapi.codec.http.MapiHttpHeaders;
import org.interchange.mapi.codec.http.MapiHttpRequestType;
import org.interchange.mapi.codec.http.MapiHttpResponseCode;
import org.interchange.mapi.server.http.auth.HttpAuthenticator;

/**
 * The checks every MAPI/HTTP endpoint makes before reading a body, [MS-OXCMAPIHTTP] 2.1 and 2.2.3:
 * POST only (405), an authenticated user (401 or 429, see {@link HttpAuthenticator}), and a known
 * X-RequestType.
 */
public final class RequestGate {
    private final HttpAuthenticator authenticator;

    public RequestGate(HttpAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** The authenticated user of a POST; otherwise the 405 or 401 answer is written and empty returned. */
    public Optional<String> authenticatedPost(Request request, Response response) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            response.getHeaders().put("Allow", "POST");
            plain(response, 405);
            return Optional.empty();
        }
        return authenticator.authenticate(request, response);
    }

    /** The request type; when it is missing or unknown the X-ResponseCode answer is written and empty returned. */
    public static Optional<MapiHttpRequestType> requestType(MapiHttpExchange exchange) throws IOException {
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

    /** An HTTP status with an empty body. */
    public static void plain(Response response, int status) throws IOException {
        response.setStatus(status);
        response.getHeaders().put("Content-Length", "0");
        Content.Sink.asOutputStream(response).close();
    }
}
