package org.interchange.mapi.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionRegistryTest {
    /** A clock the test moves by hand. */
    static final class FakeClock extends Clock {
        Instant now = Instant.parse("2026-11-29T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void idleSessionsExpire() {
        FakeClock clock = new FakeClock();
        SessionRegistry registry = new SessionRegistry(clock, Duration.ofMinutes(30));
        MapiSession session = registry.create("ann");

        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertThat(registry.find(session.contextCookie())).contains(session);
        registry.advance(session);
        clock.now = clock.now.plus(Duration.ofMinutes(31));

        assertThat(registry.find(session.contextCookie())).isEmpty();
    }

    @Test
    void aUserHoldsABoundedNumberOfSessions() {
        FakeClock clock = new FakeClock();
        SessionRegistry registry = new SessionRegistry(clock, Duration.ofHours(1));
        List<MapiSession> sessions = new ArrayList<>();
        for (int i = 0; i <= SessionRegistry.MAX_SESSIONS_PER_USER; i++) {
            sessions.add(registry.create("ann"));
            clock.now = clock.now.plusSeconds(1);
        }
        MapiSession other = registry.create("bob");

        assertThat(registry.find(sessions.getFirst().contextCookie())).isEmpty();
        assertThat(registry.find(sessions.getLast().contextCookie())).isPresent();
        assertThat(registry.find(other.contextCookie())).isPresent();
        assertThat(registry.size()).isEqualTo(SessionRegistry.MAX_SESSIONS_PER_USER + 1);
        assertThat(sessions.stream().map(MapiSession::contextCookie).distinct()).hasSize(sessions.size());
    }
}
