package org.interchange.mapi.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionRegistryTest {
    @Test
    void idleSessionsExpire() {
        FakeClock clock = new FakeClock();
        SessionRegistry registry = new SessionRegistry(clock, Duration.ofMinutes(30));
        MapiSession session = registry.create("ann");

        clock.advance(Duration.ofMinutes(29));
        assertThat(registry.find(session.contextCookie())).contains(session);
        registry.advance(session);
        clock.advance(Duration.ofMinutes(31));

        assertThat(registry.find(session.contextCookie())).isEmpty();
    }

    @Test
    void aUserHoldsABoundedNumberOfSessions() {
        FakeClock clock = new FakeClock();
        SessionRegistry registry = new SessionRegistry(clock, Duration.ofHours(1));
        List<MapiSession> sessions = new ArrayList<>();
        for (int i = 0; i <= SessionRegistry.MAX_SESSIONS_PER_USER; i++) {
            sessions.add(registry.create("ann"));
            clock.advance(Duration.ofSeconds(1));
        }
        MapiSession other = registry.create("bob");

        assertThat(registry.find(sessions.getFirst().contextCookie())).isEmpty();
        assertThat(registry.find(sessions.getLast().contextCookie())).isPresent();
        assertThat(registry.find(other.contextCookie())).isPresent();
        assertThat(registry.size()).isEqualTo(SessionRegistry.MAX_SESSIONS_PER_USER + 1);
        assertThat(sessions.stream().map(MapiSession::contextCookie).distinct()).hasSize(sessions.size());
    }
}
