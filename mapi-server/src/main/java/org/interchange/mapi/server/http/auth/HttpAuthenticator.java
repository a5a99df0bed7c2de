package org.interchange.mapi.server.http.auth;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.interchange.mapi.server.http.BasicCredentials;
import org.interchange.mapi.server.http.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates HTTP requests, [MS-OXCMAPIHTTP] 2.1: Basic ([RFC7617]) on every request, or NTLMv2
 * ([MS-NLMP] 3.2.5) once per connection: NEGOTIATE is answered with a CHALLENGE kept on the
 * connection, the AUTHENTICATE that follows on the same connection is checked against the user's NT
 * hash, and later requests on that connection need no Authorization header. Failed logins count in
 * the {@link LoginThrottle}; while throttled the answer is 429 with Retry-After.
 */
public final class HttpAuthenticator {
    private static final Logger LOG = LoggerFactory.getLogger(HttpAuthenticator.class);
    private static final String CONNECTION_USER = HttpAuthenticator.class.getName() + ".user";
    private static final String CONNECTION_CHALLENGE = HttpAuthenticator.class.getName() + ".challenge";
    private static final String BASIC_CHALLENGE = "Basic realm=\"Interchange\", charset=\"UTF-8\"";
    /** Request bodies read and dropped before a 401, so the connection can carry the next leg. */
    private static final int MAX_DISCARDED_BODY = 8 * 1024 * 1024;

    private final SecureRandom random = new SecureRandom();
    private final UserDirectory users;
    private final Optional<String> ntlmDomain;
    private final LoginThrottle throttle;

    /** {@code ntlmDomain} (the NetBIOS domain name offered in CHALLENGE) enables NTLM; empty means Basic only. */
    public HttpAuthenticator(UserDirectory users, Optional<String> ntlmDomain, LoginThrottle throttle) {
        this.users = users;
        this.ntlmDomain = ntlmDomain;
        this.throttle = throttle;
    }

    /** The authenticated user; otherwise the 401 or 429 answer has been written and empty is returned. */
    public Optional<String> authenticate(Request request, Response response) throws IOException {
        String header = request.getHeaders().get("Authorization");
        ConnectionMetaData connection = request.getConnectionMetaData();
        if (header == null) {
            if (connection.getAttribute(CONNECTION_USER) instanceof String user) {
                return Optional.of(user);
            }
            return refuse(request, response, null);
        }
        String address = Request.getRemoteAddr(request);
        if (ntlmDomain.isPresent() && header.regionMatches(true, 0, "NTLM ", 0, 5)) {
            return ntlm(request, response, header.substring(5).strip(), address);
        }
        Optional<BasicCredentials> basic = BasicCredentials.parse(header);
        if (basic.isEmpty()) {
            return refuse(request, response, null);
        }
        String name = basic.get().user();
        Optional<Duration> blocked = throttle.blockedFor(name, address);
        if (blocked.isPresent()) {
            return throttled(request, response, blocked.get());
        }
        Optional<String> user = users.authenticate(name, basic.get().password());
        if (user.isEmpty()) {
            throttle.failed(name, address);
            LOG.info("Basic login of {} from {} refused", printable(name), address);
            return refuse(request, response, null);
        }
        throttle.succeeded(name, address);
        return user;
    }

    private Optional<String> ntlm(Request request, Response response, String token, String address)
            throws IOException {
        ConnectionMetaData connection = request.getConnectionMetaData();
        byte[] message;
        try {
            message = Base64.getDecoder().decode(token);
            int type = NtlmMessages.type(message);
            if (type == 1) {
                byte[] challenge = new byte[8];
                random.nextBytes(challenge);
                connection.setAttribute(CONNECTION_CHALLENGE, challenge);
                byte[] reply = NtlmMessages.challenge(NtlmMessages.negotiateFlags(message), challenge,
                        ntlmDomain.orElseThrow(), "INTERCHANGE");
                return refuse(request, response, "NTLM " + Base64.getEncoder().encodeToString(reply));
            }
            if (type != 3 || !(connection.removeAttribute(CONNECTION_CHALLENGE) instanceof byte[] challenge)) {
                return refuse(request, response, null);
            }
            NtlmMessages.Authenticate auth = NtlmMessages.authenticate(message);
            Optional<Duration> blocked = throttle.blockedFor(auth.user(), address);
            if (blocked.isPresent()) {
                return throttled(request, response, blocked.get());
            }
            Optional<UserDirectory.NtCredential> credential = users.ntCredential(auth.user());
            if (credential.isPresent() && !auth.user().isEmpty() && NtlmV2Verifier.verify(credential.get().ntHash(),
                    auth.user(), auth.domain(), challenge, auth.ntResponse())) {
                throttle.succeeded(auth.user(), address);
                connection.setAttribute(CONNECTION_USER, credential.get().name());
                users.ntlmVerified(credential.get().name());
                return Optional.of(credential.get().name());
            }
            throttle.failed(auth.user(), address);
            LOG.info("NTLM login of {} from {} refused", printable(auth.domain() + "\\" + auth.user()), address);
            return refuse(request, response, null);
        } catch (IllegalArgumentException | NtlmMessages.MalformedException e) {
            LOG.debug("malformed NTLM token from {}: {}", address, e.getMessage());
            return refuse(request, response, null);
        }
    }

    /** 401 with {@code ntlmLeg} as the only challenge, or with every scheme offered. */
    private Optional<String> refuse(Request request, Response response, String ntlmLeg) throws IOException {
        discardBody(request);
        if (ntlmLeg != null) {
            response.getHeaders().add("WWW-Authenticate", ntlmLeg);
        } else {
            ntlmDomain.ifPresent(d -> response.getHeaders().add("WWW-Authenticate", "NTLM"));
            response.getHeaders().add("WWW-Authenticate", BASIC_CHALLENGE);
        }
        empty(response, 401);
        return Optional.empty();
    }

    private static Optional<String> throttled(Request request, Response response, Duration left) throws IOException {
        discardBody(request);
        response.getHeaders().put("Retry-After", Long.toString(Math.max(1, (left.toMillis() + 999) / 1000)));
        empty(response, 429);
        return Optional.empty();
    }

    /** A client-chosen name for the log, with control characters replaced so it cannot forge log lines. */
    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }

    private static void empty(Response response, int status) throws IOException {
        response.setStatus(status);
        response.getHeaders().put("Content-Length", "0");
        Content.Sink.asOutputStream(response).close();
    }

    private static void discardBody(Request request) throws IOException {
        try (InputStream in = Content.Source.asInputStream(request)) {
            in.skipNBytes(Math.min(Math.max(request.getLength(), 0), MAX_DISCARDED_BODY));
        } catch (java.io.EOFException e) {
            LOG.debug("request body shorter than announced");
        }
    }
}
