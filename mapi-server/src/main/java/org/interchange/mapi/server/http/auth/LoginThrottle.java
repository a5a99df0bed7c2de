package org.interchange.mapi.server.http.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing against the HTTP authentication of [MS-OXCMAPIHTTP] 2.1: after
 * {@link #FREE_FAILURES} failed logins of one user name from one address, further attempts are
 * refused for a delay that doubles with each failure, up to {@link #MAX_DELAY}; a success clears
 * the count. Failures older than {@link #MAX_DELAY} are forgotten.
 */
public final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code user} at {@code address} must still wait, or empty when an attempt is allowed now. */
    public Optional<Duration> blockedFor(String user, String address) {
        Failures f = failures.get(key(user, address));
        if (f == null || f.count() < FREE_FAILURES) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), f.last().plus(delay(f.count())));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    public void failed(String user, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> f.last().plus(MAX_DELAY).isBefore(now));
        }
        failures.merge(key(user, address), new Failures(1, now), (old, one) ->
                old.last().plus(MAX_DELAY).isBefore(now) ? one : new Failures(old.count() + 1, now));
    }

    public void succeeded(String user, String address) {
        failures.remove(key(user, address));
    }

    private static Duration delay(int count) {
        int doublings = Math.min(count - FREE_FAILURES, 10);
        Duration d = Duration.ofSeconds(1L << doublings);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    private static String key(String user, String address) {
        return user.toLowerCase(Locale.ROOT) + "\n" + address;
    }
}
