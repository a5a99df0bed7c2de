package org.interchange.plugin.mapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.SyncScope;
import org.interchange.mapi.client.ics.IcsStateRejectedException;
import org.junit.jupiter.api.Test;

/** The cut-off of a span of mail ({@link ScopedDownloadOptions#spanStart}) and the span a cursor records ({@link ScopedCursor}). */
class ScopedSpanTest {
    private static final Instant NOON = Instant.parse("2026-06-15T12:34:56Z");
    private static final byte[] STATE = {'I', 'C', 'S', 1, 9, 8, 7};

    @Test
    void aSpanStartsAtMidnightUtcOfItsOldestDayAndOnlyForMail() {
        assertThat(ScopedDownloadOptions.spanStart(SyncScope.LAST_30_DAYS, NOON))
                .contains(Instant.parse("2026-05-16T00:00:00Z"));
        assertThat(ScopedDownloadOptions.spanStart(SyncScope.LAST_30_DAYS, Instant.parse("2026-06-15T00:00:00Z")))
                .contains(Instant.parse("2026-05-16T00:00:00Z"));
        assertThat(ScopedDownloadOptions.spanStart(SyncScope.LAST_30_DAYS, Instant.parse("2026-06-14T23:59:59.999Z")))
                .contains(Instant.parse("2026-05-15T00:00:00Z"));
        assertThat(ScopedDownloadOptions.spanStart(SyncScope.ALL, NOON)).isEmpty();
        assertThat(ScopedDownloadOptions.spanStart(SyncScope.HEADERS_ONLY, NOON)).isEmpty();

        ScopedDownloadOptions options = new ScopedDownloadOptions(SyncScope.LAST_30_DAYS, new FakeClock(NOON));
        assertThat(options.spanStart(FolderKind.MAIL)).contains(Instant.parse("2026-05-16T00:00:00Z"));
        assertThat(options.spanStart(FolderKind.CALENDAR)).isEmpty();
        assertThat(options.forFolder(FolderKind.MAIL).restriction()).isPresent();
        assertThat(options.forFolder(FolderKind.CONTACTS).restriction()).isEmpty();
    }

    @Test
    void theSpanMovesOnlyWhenARunStarts() {
        FakeClock clock = new FakeClock(NOON);
        ScopedDownloadOptions options = new ScopedDownloadOptions(SyncScope.LAST_30_DAYS, clock);
        clock.advance(Duration.ofDays(2));
        assertThat(options.spanStart(FolderKind.MAIL)).contains(Instant.parse("2026-05-16T00:00:00Z"));

        options.startRun();

        assertThat(options.spanStart(FolderKind.MAIL)).contains(Instant.parse("2026-05-18T00:00:00Z"));
    }

    @Test
    void aCursorKeepsItsIcsStateAndTheSpanItWasMadeFor() {
        Instant start = Instant.parse("2026-05-16T00:00:00Z");
        byte[] spanned = ScopedCursor.wrap(Optional.of(start), false, STATE);
        byte[] whole = ScopedCursor.wrap(Optional.empty(), false, STATE);

        assertThat(ScopedCursor.icsState(spanned)).isEqualTo(STATE);
        assertThat(ScopedCursor.icsState(whole)).isEqualTo(STATE);
        assertThat(ScopedCursor.icsState(STATE)).isEqualTo(STATE);
        assertThat(ScopedCursor.icsState(null)).isNull();
        assertThat(ScopedCursor.resyncing(spanned)).isFalse();
        assertThat(ScopedCursor.resyncing(STATE)).isFalse();
        byte[] resync = ScopedCursor.wrap(Optional.of(start), true, new byte[0]);
        assertThat(ScopedCursor.resyncing(resync)).isTrue();
        assertThat(ScopedCursor.icsState(resync)).isEmpty();
        assertThat(ScopedCursor.widens(resync, Optional.of(start), FolderKind.MAIL)).isFalse();
    }

    @Test
    void onlyAWiderScopeThanTheCursorWasMadeForResyncs() {
        Instant start = Instant.parse("2026-05-16T00:00:00Z");
        byte[] spanned = ScopedCursor.wrap(Optional.of(start), false, STATE);
        byte[] whole = ScopedCursor.wrap(Optional.empty(), false, STATE);
        Optional<Instant> later = Optional.of(start.plus(Duration.ofDays(1)));
        Optional<Instant> earlier = Optional.of(start.minus(Duration.ofDays(1)));

        assertThat(ScopedCursor.widens(spanned, Optional.of(start), FolderKind.MAIL)).isFalse();
        assertThat(ScopedCursor.widens(spanned, later, FolderKind.MAIL)).isFalse();
        assertThat(ScopedCursor.widens(spanned, earlier, FolderKind.MAIL)).isTrue();
        assertThat(ScopedCursor.widens(spanned, Optional.empty(), FolderKind.MAIL)).isTrue();
        assertThat(ScopedCursor.widens(whole, Optional.empty(), FolderKind.MAIL)).isFalse();
        assertThat(ScopedCursor.widens(whole, later, FolderKind.MAIL)).isFalse();
        assertThat(ScopedCursor.widens(null, Optional.empty(), FolderKind.MAIL)).isFalse();
        assertThat(ScopedCursor.widens(STATE, later, FolderKind.MAIL)).isTrue();
        assertThat(ScopedCursor.widens(STATE, Optional.empty(), FolderKind.CONTACTS)).isFalse();
    }

    @Test
    void aDamagedCursorIsRefusedAsADamagedStateAndDropped() {
        byte[] cut = {'S', 'P', 'A', 'N', 1, 1, 0, 0};
        byte[] unknownKind = {'S', 'P', 'A', 'N', 1, 4};

        assertThatThrownBy(() -> ScopedCursor.icsState(cut)).isInstanceOf(IcsStateRejectedException.class);
        assertThatThrownBy(() -> ScopedCursor.icsState(unknownKind)).isInstanceOf(IcsStateRejectedException.class);
        assertThat(ScopedCursor.widens(cut, Optional.empty(), FolderKind.CONTACTS)).isTrue();
        assertThat(ScopedCursor.widens(unknownKind, Optional.empty(), FolderKind.MAIL)).isTrue();
    }
}
