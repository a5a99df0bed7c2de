package org.interchange.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interchange.cache.api.PimFields;
import org.junit.jupiter.api.Test;

class SeriesExpanderTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Mondays at 09:00 Berlin time from 15 March 2027: Berlin moves to summer time on 28 March, New York on 14 March. */
    private static final Instant FIRST = Instant.parse("2027-03-15T08:00:00Z");

    @Test
    void aSeriesRepeatsAtItsOwnZonesWallClockWhereverItIsViewed() {
        SeriesExpander inNewYork = new SeriesExpander(NEW_YORK);
        ZoneId berlin = SeriesFields.zone(Map.of(PimFields.TIME_ZONE, "Europe/Berlin"));

        List<CalendarEntry> entries = inNewYork.expand(series(berlin), FIRST, FIRST.plusSeconds(20 * 86_400));

        assertThat(entries).extracting(CalendarEntry::start).containsExactly(FIRST,
                Instant.parse("2027-03-22T08:00:00Z"), Instant.parse("2027-03-29T07:00:00Z"));
    }

    @Test
    void aSeriesWithoutAZoneRepeatsAtTheViewersWallClock() {
        List<CalendarEntry> entries = new SeriesExpander(NEW_YORK).expand(series(null), FIRST,
                FIRST.plusSeconds(20 * 86_400));

        assertThat(entries).extracting(CalendarEntry::start).containsExactly(FIRST,
                Instant.parse("2027-03-22T08:00:00Z"), Instant.parse("2027-03-29T08:00:00Z"));
    }

    @Test
    void anUnknownOrEmptyZoneNameMeansTheViewersZone() {
        assertThat(SeriesFields.zone(Map.of(PimFields.TIME_ZONE, "Mars/Olympus"))).isNull();
        assertThat(SeriesFields.zone(Map.of(PimFields.TIME_ZONE, " "))).isNull();
        assertThat(SeriesFields.zone(Map.of(PimFields.TIME_ZONE, "Z"))).isEqualTo(ZoneId.of("Z"));
    }

    private static SeriesExpander.Appointment series(ZoneId zone) {
        return new SeriesExpander.Appointment(1, 2, "Planning", "Room 1", FIRST, FIRST.plusSeconds(3600), false,
                "FREQ=WEEKLY;BYDAY=MO", Set.of(), List.of(), zone);
    }
}
