package org.interchange.cache.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccurrenceChangeTest {
    private static final Instant A = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant B = Instant.parse("2026-12-01T15:00:00Z");

    @Test
    void changesWithAwkwardTextsSurviveARoundTrip() {
        List<OccurrenceChange> changes = List.of(
                new OccurrenceChange(A, B, B.plusSeconds(1800), "Tab\there\\and\nnewline", null),
                new OccurrenceChange(A.plusSeconds(86_400), A.plusSeconds(86_400), A.plusSeconds(90_000), null, "Room 2"));
        String text = OccurrenceChange.formatAll(changes);
        assertThat(text.lines()).hasSize(2);
        assertThat(OccurrenceChange.parseAll(text)).isEqualTo(changes);
        assertThat(OccurrenceChange.parseAll(null)).isEmpty();
        assertThat(OccurrenceChange.parseAll("")).isEmpty();
    }

    @Test
    void malformedLinesAreNamed() {
        assertThatThrownBy(() -> OccurrenceChange.parseAll("x\ty"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1 has 2 parts");
        assertThatThrownBy(() -> OccurrenceChange.parseAll("2026-12-01T08:00:00Z\tnot a time\t2026-12-01T08:00:00Z\t\t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad time");
        assertThatThrownBy(() -> new OccurrenceChange(A, B, A, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
    }

    @Test
    void syncScopesSayHowOldTheOldestKeptMailIs() {
        Instant now = Instant.parse("2026-11-29T00:00:00Z");
        assertThat(SyncScope.ALL.oldestMail(now)).isEmpty();
        assertThat(SyncScope.LAST_30_DAYS.oldestMail(now)).contains(Instant.parse("2026-10-30T00:00:00Z"));
        assertThat(SyncScope.HEADERS_ONLY.bodies()).isFalse();
        assertThat(SyncScope.LAST_6_MONTHS.bodies()).isTrue();
    }
}
