package org.interchange.mapi.client.internal.http;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.interchange.mapi.client.MapiAuthenticator;

/**
 * HTTP Basic authentication, [RFC7617], sent pre-emptively as [MS-OXCMAPIHTTP] 2.1 allows.
 * The encoded header is kept; the intermediate byte and char copies of the password are wiped.
 */
public final class BasicAuthenticator implements MapiAuthenticator {
    private final String user;
    private final String header;

    public BasicAuthenticator(String user, char[] password) {
        this.user = Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.indexOf(':') >= 0) {
            throw new IllegalArgumentException("a Basic user name cannot contain ':'");
        }
        char[] joined = new char[user.length() + 1 + password.length];
        user.getChars(0, user.length(), joined, 0);
        joined[user.length()] = ':';
        System.arraycopy(password, 0, joined, user.length() + 1, password.length);
        ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(joined));
        byte[] raw = new byte[utf8.remaining()];
        utf8.get(raw);
        this.header = "Basic " + Base64.getEncoder().encodeToString(raw);
        Arrays.fill(joined, '\0');
        Arrays.fill(raw, (byte) 0);
        if (utf8.hasArray()) {
            Arrays.fill(utf8.array(), (byte) 0);
        }
    }

    @Override
    public Optional<String> initial(URI uri) {
        return Optional.of(header);
    }

    @Override
    public Optional<String> respond(URI uri, List<String> challenges, int round) {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Basic(" + user + ")";
    }
}
