package org.interchange.mapi.client.internal.http;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.interchange.mapi.client.MapiAuthenticator;

/**
 * OAuth 2.0 bearer authentication, [RFC6750] 2.1: "Authorization: Bearer token". After a 401 the
 * token supplier is asked once more (a refreshed token is retried, an unchanged one is not).
 */
public final class BearerAuthenticator implements MapiAuthenticator {
    private final Supplier<String> tokens;
    private String last;

    public BearerAuthenticator(Supplier<String> tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @Override
    public synchronized Optional<String> initial(URI uri) {
        last = token();
        return Optional.of("Bearer " + last);
    }

    @Override
    public synchronized Optional<String> respond(URI uri, List<String> challenges, int round) {
        if (round > 1) {
            return Optional.empty();
        }
        String fresh = token();
        if (fresh.equals(last)) {
            return Optional.empty();
        }
        last = fresh;
        return Optional.of("Bearer " + fresh);
    }

    private String token() {
        String token = tokens.get();
        if (token == null || token.isBlank() || token.chars().anyMatch(c -> c <= 0x20 || c >= 0x7F)) {
            throw new IllegalStateException("the token supplier returned no usable bearer token");
        }
        return token;
    }

    @Override
    public String toString() {
        return "Bearer";
    }
}
