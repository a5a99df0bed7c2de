package org.interchange.plugin.mapi;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.SyncScope;
import org.interchange.mapi.client.ics.IcsDownloadOptions;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.objects.PidTag;

/**
 * The ICS download options of a folder under the account's {@link SyncScope} ([MS-OXCFXICS] 2.2.3.2.1.1.1): mail of
 * a recent span is asked for with a restriction on PidTagMessageDeliveryTime ([MS-OXOMSG] 2.2.3.9; messages without
 * one, such as drafts, always match), headers only without bodies and attachments; calendars, contacts, tasks and
 * notes are always downloaded whole. The span's start is rounded down to midnight UTC, so the restriction stays the
 * same all day, and it is read off the clock once per sync run ({@link #startRun}), so every download of a run and
 * the eviction of the mail that aged out ({@link FolderSpan}) use the same start.
 */
final class ScopedDownloadOptions {
    private final SyncScope scope;
    private final Clock clock;
    private Instant now;

    ScopedDownloadOptions(SyncScope scope, Clock clock) {
        this.scope = scope;
        this.clock = clock;
        this.now = clock.instant();
    }

    /** The scope the options follow. */
    SyncScope scope() {
        return scope;
    }

    /** Reads the clock again: the folders synced from now on keep the span that ends today. */
    synchronized void startRun() {
        now = clock.instant();
    }

    /** The first instant of the span of mail a folder of {@code kind} keeps; empty when it keeps every age. */
    synchronized Optional<Instant> spanStart(FolderKind kind) {
        return kind == FolderKind.MAIL ? spanStart(scope, now) : Optional.empty();
    }

    /** The start of {@code scope}'s span at {@code now}: its oldest time rounded down to midnight UTC. */
    static Optional<Instant> spanStart(SyncScope scope, Instant now) {
        return scope.oldestMail(now).map(t -> t.truncatedTo(ChronoUnit.DAYS));
    }

    /** The options for a folder of {@code kind}. */
    IcsDownloadOptions forFolder(FolderKind kind) {
        if (kind != FolderKind.MAIL) {
            return FolderContentsSync.OPTIONS;
        }
        IcsDownloadOptions options = scope.bodies() ? FolderContentsSync.OPTIONS
                : FolderContentsSync.OPTIONS.withBodies(false).withAttachments(false);
        return spanStart(kind).map(t -> options.withRestriction(receivedSince(t))).orElse(options);
    }

    private static Restriction receivedSince(Instant oldest) {
        return new Restriction.Or(List.of(
                new Restriction.Property(Restriction.RELOP_GE, PidTag.MESSAGE_DELIVERY_TIME,
                        PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, oldest)),
                new Restriction.Not(new Restriction.Exist(PidTag.MESSAGE_DELIVERY_TIME))));
    }
}
