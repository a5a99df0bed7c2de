package org.interchange.mapi.client.internal.http;

import java.net.HttpCookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The cookies of one Session Context (MapiContext, MapiSequence and whatever else the server or
 * a load balancer sets), [MS-OXCMAPIHTTP] 2.2.3.2.3 and 3.1.5.2: every Set-Cookie of a response
 * replaces the cookie of that name; an expired or empty one removes it; all are sent back.
 * One jar per transport, so sessions never share state.
 */
public final class SessionCookieJar {
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private boolean replaceOnNextResponse;

    /** Keeps the cookies for the next request, but drops them all when its response arrives. */
    public synchronized void replaceOnNextResponse() {
        replaceOnNextResponse = true;
    }

    /** Takes every Set-Cookie header value of a response. Unparseable values are ignored. */
    public synchronized void accept(List<String> setCookieHeaders) {
        if (replaceOnNextResponse) {
            cookies.clear();
            replaceOnNextResponse = false;
        }
        for (String header : setCookieHeaders) {
            List<HttpCookie> parsed;
            try {
                parsed = HttpCookie.parse(header);
            } catch (IllegalArgumentException e) {
                continue;
            }
            for (HttpCookie cookie : parsed) {
                if (cookie.hasExpired() || cookie.getValue() == null || cookie.getValue().isEmpty()) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
        }
    }

    /** The Cookie request header value, or empty when the jar holds nothing. */
    public synchronized Optional<String> header() {
        if (cookies.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; ")));
    }

    public synchronized Optional<String> get(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    public synchronized void clear() {
        cookies.clear();
        replaceOnNextResponse = false;
    }
}
