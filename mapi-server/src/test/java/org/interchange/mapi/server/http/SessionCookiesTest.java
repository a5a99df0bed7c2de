package org.interchange.mapi.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.interchange.mapi.codec.http.MapiHttpResponseCode;
import org.interchange.mapi.server.http.SessionCookies.Lookup;
import org.junit.jupiter.api.Test;

class SessionCookiesTest {
    final FakeClock clock = new FakeClock();
    final SessionRegistry registry = new SessionRegistry(clock, Duration.ofMinutes(30));
    final SessionCookies cookies = new SessionCookies(registry);

    @Test
    void findsTheCallersSessionWithItsCurrentSequenceCookie() {
        MapiSession session = registry.create("ann");

        Lookup lookup = cookies.lookup(Optional.of(session.contextCookie()), Optional.of(session.sequenceCookie()),
                "ann", true);

        assertThat(lookup.session()).contains(session);
        assertThat(lookup.failure()).isEqualTo(MapiHttpResponseCode.SUCCESS);
    }

    @Test
    void answersEachMissingOrWrongContextWithItsResponseCode() {
        MapiSession session = registry.create("ann");
        Optional<String> context = Optional.of(session.contextCookie());

        assertThat(cookies.lookup(Optional.empty(), Optional.empty(), "ann", true).failure())
                .isEqualTo(MapiHttpResponseCode.MISSING_COOKIE);
        assertThat(cookies.lookup(Optional.of("not-a-session"), Optional.empty(), "ann", true).failure())
                .isEqualTo(MapiHttpResponseCode.CONTEXT_NOT_FOUND);
        Lookup foreign = cookies.lookup(context, Optional.empty(), "bob", true);
        assertThat(foreign.failure()).isEqualTo(MapiHttpResponseCode.NO_PRIVILEGE);
        assertThat(foreign.session()).isEmpty();

        clock.advance(Duration.ofMinutes(31));
        assertThat(cookies.lookup(context, Optional.empty(), "ann", true).failure())
                .isEqualTo(MapiHttpResponseCode.CONTEXT_NOT_FOUND);
    }

    @Test
    void aStaleSequenceCookieFailsOnlyWhenTheSequenceIsChecked() {
        MapiSession session = registry.create("ann");
        Optional<String> context = Optional.of(session.contextCookie());
        Optional<String> stale = Optional.of(session.sequenceCookie());
        registry.advance(session);

        Lookup checked = cookies.lookup(context, stale, "ann", true);
        assertThat(checked.failure()).isEqualTo(MapiHttpResponseCode.INVALID_SEQUENCE);
        assertThat(checked.session()).isEmpty();
        assertThat(cookies.lookup(context, stale, "ann", false).session()).contains(session);
        assertThat(cookies.lookup(context, Optional.empty(), "ann", true).session()).contains(session);
    }

    @Test
    void theConsumedSequenceCookieWithTheSameRequestIdFindsTheExecuteToReplayAndNothingElseDoes() throws Exception {
        MapiSession session = registry.create("ann");
        Optional<String> context = Optional.of(session.contextCookie());
        Optional<String> consumed = Optional.of(session.sequenceCookie());
        ExecuteReplay execute = registry.advanceForExecute(session, "{A}:7");
        assertThat(execute.run(() -> new byte[] {1, 2, 3})).containsExactly(1, 2, 3);

        Lookup resent = cookies.lookup(context, consumed, "ann", true, Optional.of("{A}:7"));
        assertThat(resent.session()).contains(session);
        assertThat(resent.resent()).containsSame(execute);
        assertThat(resent.resent().orElseThrow().response()).containsExactly(1, 2, 3);

        assertThat(cookies.lookup(context, consumed, "ann", true, Optional.of("{A}:8")).failure())
                .isEqualTo(MapiHttpResponseCode.INVALID_SEQUENCE);
        assertThat(cookies.lookup(context, consumed, "ann", true, Optional.empty()).failure())
                .isEqualTo(MapiHttpResponseCode.INVALID_SEQUENCE);
        Lookup current = cookies.lookup(context, Optional.of(session.sequenceCookie()), "ann", true, Optional.of("{A}:7"));
        assertThat(current.resent()).isEmpty();

        registry.advanceForExecute(session, "{A}:8");
        assertThat(cookies.lookup(context, consumed, "ann", true, Optional.of("{A}:7")).failure())
                .as("only the last Execute is kept").isEqualTo(MapiHttpResponseCode.INVALID_SEQUENCE);
    }
}
