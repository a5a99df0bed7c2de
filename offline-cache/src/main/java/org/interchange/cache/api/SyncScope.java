package org.interchange.cache.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How much of a mailbox an account keeps offline, chosen in the set-up wizard: every message, only
 * mail of a recent span, or headers without bodies. Calendars, contacts, tasks and notes are always
 * kept whole ([MS-OXCFXICS] 2.2.3.2.1.1.1 the synchronization's restriction and SendOptions).
 */
public enum SyncScope {
    ALL("All mail", null, true),
    LAST_30_DAYS("Mail of the last 30 days", Duration.ofDays(30), true),
    LAST_6_MONTHS("Mail of the last 6 months", Duration.ofDays(183), true),
    LAST_YEAR("Mail of the last year", Duration.ofDays(365), true),
    HEADERS_ONLY("Headers only (bodies fetched when opened)", null, false);

    private final String label;
    private final Duration span;
    private final boolean bodies;

    SyncScope(String label, Duration span, boolean bodies) {
        this.label = label;
        this.span = span;
        this.bodies = bodies;
    }

    /** What the wizard shows. */
    public String label() {
        return label;
    }

    /** The oldest received time of mail to keep, relative to {@code now}; empty when all ages are kept. */
    public Optional<Instant> oldestMail(Instant now) {
        return span == null ? Optional.empty() : Optional.of(now.minus(span));
    }

    /** Whether bodies and attachments are downloaded with the messages. */
    public boolean bodies() {
        return bodies;
    }
}
