package org.interchange.mapi.server.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that stands at 2026-11-29T12:00:00Z until the test moves it forward, to expire sessions and delays. */
public final class FakeClock extends Clock {
    private volatile Instant now = Instant.parse("2026-11-29T12:00:00Z");

    /** Moves the clock forward by {@code duration}. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
