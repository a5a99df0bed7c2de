package org.interchange.mapi.server.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interchange.mapi.server.http.FakeClock;
import org.junit.jupiter.api.Test;

/** Failed logins are throttled per user name and address with a doubling delay. */
class LoginThrottleTest {
    @Test
    void blocksAfterFiveFailuresWithADoublingDelayPerUserAndAddress() {
        FakeClock clock = new FakeClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(throttle.blockedFor("Ann", "10.0.0.1")).isEmpty();
            throttle.failed("ann", "10.0.0.1");
        }
        assertThat(throttle.blockedFor("ANN", "10.0.0.1")).contains(Duration.ofSeconds(1));
        assertThat(throttle.blockedFor("ann", "10.0.0.2")).as("other address").isEmpty();
        assertThat(throttle.blockedFor("bob", "10.0.0.1")).as("other user").isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.blockedFor("ann", "10.0.0.1")).isEmpty();
        throttle.failed("ann", "10.0.0.1");
        assertThat(throttle.blockedFor("ann", "10.0.0.1")).contains(Duration.ofSeconds(2));

        throttle.succeeded("ann", "10.0.0.1");
        assertThat(throttle.blockedFor("ann", "10.0.0.1")).isEmpty();
    }

    @Test
    void theDelayIsCapped() {
        FakeClock clock = new FakeClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 40; i++) {
            throttle.failed("ann", "a");
        }
        assertThat(throttle.blockedFor("ann", "a")).contains(LoginThrottle.MAX_DELAY);
    }
}
