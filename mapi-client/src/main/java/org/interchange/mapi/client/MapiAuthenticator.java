package org.interchange.mapi.client;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.interchange.mapi.client.internal.http.BasicAuthenticator;
import org.interchange.mapi.client.internal.http.BearerAuthenticator;
import org.interchange.mapi.client.internal.http.NtlmAuthenticator;

/**
 * Supplies the HTTP Authorization header for MAPI/HTTP requests, [MS-OXCMAPIHTTP] 2.1 (the
 * transport relies on HTTP authentication). Multi-leg schemes such as NTLM or Negotiate answer
 * the server's challenges in {@link #respond}; single-shot schemes (Basic, Bearer) send their
 * header pre-emptively and give up on a challenge. Implementations never reveal credentials in
 * {@code toString()} or exceptions.
 */
public interface MapiAuthenticator {

    /** The Authorization header to send with a fresh request, or empty to send none. */
    Optional<String> initial(URI uri);

    /**
     * The Authorization header to retry with after a 401 that carried these WWW-Authenticate
     * challenges; {@code round} counts the retries so far, starting at 1. Empty means the
     * credentials were rejected.
     */
    Optional<String> respond(URI uri, List<String> challenges, int round);

    /** HTTP Basic authentication ([RFC7617]) with the user name and password in UTF-8. */
    static MapiAuthenticator basic(String user, char[] password) {
        return new BasicAuthenticator(user, password);
    }

    /**
     * NTLMv2 ([MS-NLMP]) with jcifs-ng's NTLMSSP: the handshake runs on one HTTP connection and
     * authenticates it. {@code domain} may be empty; only the NT hash of the password is kept.
     */
    static MapiAuthenticator ntlm(String domain, String user, char[] password) {
        return new NtlmAuthenticator(domain, user, password, "INTERCHANGE");
    }

    /**
     * OAuth 2.0 bearer tokens ([RFC6750]) as Exchange Online accepts them. The supplier is asked
     * for a token before the first request and once more after a 401, so it can refresh an
     * expired token; the same token twice means the server rejected it.
     */
    static MapiAuthenticator bearer(Supplier<String> tokens) {
        return new BearerAuthenticator(tokens);
    }
}
