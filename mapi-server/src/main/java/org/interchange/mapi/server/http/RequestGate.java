package org.interchange.mapi.server.http;

import java.io.IOException;
import java.util.Optional;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.interchange.mapi.server.http.auth.HttpAuthenticator;

/**
 * The checks every HTTP endpoint of this server makes before reading a body, [MS-OXCMAPIHTTP] 2.1:
 * POST only (405) and an authenticated user (401 or 429, see {@link HttpAuthenticator}); the MAPI/HTTP
 * endpoints add theirs in {@link MapiHttpIntake}.
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

    /** An HTTP status with an empty body. */
    public static void plain(Response response, int status) throws IOException {
        response.setStatus(status);
        response.getHeaders().put("Content-Length", "0");
        Content.Sink.asOutputStream(response).close();
    }
}
