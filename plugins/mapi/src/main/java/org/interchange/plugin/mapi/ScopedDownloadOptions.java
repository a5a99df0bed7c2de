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
 * same all day.
 */
final class ScopedDownloadOptions {
    private final SyncScope scope;
    private final Clock clock;

    ScopedDownloadOptions(SyncScope scope, Clock clock) {
        this.scope = scope;
        this.clock = clock;
    }

    /** The scope the options follow. */
    SyncScope scope() {
        return scope;
    }

    /** The options for a folder of {@code kind}. */
    IcsDownloadOptions forFolder(FolderKind kind) {
        if (kind != FolderKind.MAIL) {
            return FolderContentsSync.OPTIONS;
        }
        IcsDownloadOptions options = scope.bodies() ? FolderContentsSync.OPTIONS
                : FolderContentsSync.OPTIONS.withBodies(false).withAttachments(false);
        Optional<Instant> oldest = scope.oldestMail(clock.instant());
        return oldest.map(t -> options.withRestriction(receivedSince(t.truncatedTo(ChronoUnit.DAYS)))).orElse(options);
    }

    private static Restriction receivedSince(Instant oldest) {
        return new Restriction.Or(List.of(
                new Restriction.Property(Restriction.RELOP_GE, PidTag.MESSAGE_DELIVERY_TIME,
                        PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, oldest)),
                new Restriction.Not(new Restriction.Exist(PidTag.MESSAGE_DELIVERY_TIME))));
    }
}
