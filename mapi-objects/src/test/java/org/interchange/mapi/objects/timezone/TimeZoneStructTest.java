package org.interchange.mapi.objects.timezone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrencePattern;
import org.interchange.mapi.objects.recurrence.Occurrence;
import org.interchange.mapi.objects.recurrence.RecurrenceExpander;
import org.interchange.mapi.objects.recurrence.RecurrencePattern;
import org.interchange.mapi.objects.recurrence.RecurrenceRange;
import org.junit.jupiter.api.Test;

/** The rules Outlook writes for W. Europe, Eastern (US) and AUS Eastern standard time match the IANA zones. */
class TimeZoneStructTest {
    static final TimeZoneStruct W_EUROPE = new TimeZoneStruct(-60, 0, -60, 0,
            new TimeZoneStruct.Transition(0, 10, 0, 5, 3, 0, 0, 0), 0,
            new TimeZoneStruct.Transition(0, 3, 0, 5, 2, 0, 0, 0));
    static final TimeZoneStruct US_EASTERN = new TimeZoneStruct(300, 0, -60, 0,
            new TimeZoneStruct.Transition(0, 11, 0, 1, 2, 0, 0, 0), 0,
            new TimeZoneStruct.Transition(0, 3, 0, 2, 2, 0, 0, 0));
    static final TimeZoneStruct AUS_EASTERN = new TimeZoneStruct(-600, 0, -60, 0,
            new TimeZoneStruct.Transition(0, 4, 0, 1, 3, 0, 0, 0), 0,
            new TimeZoneStruct.Transition(0, 10, 0, 1, 2, 0, 0, 0));

    @Test
    void offsetsMatchTheIanaZonesHourByHour() {
        assertSameOffsets(W_EUROPE.toZoneRules(), ZoneId.of("Europe/Berlin"));
        assertSameOffsets(US_EASTERN.toZoneRules(), ZoneId.of("America/New_York"));
        assertSameOffsets(AUS_EASTERN.toZoneRules(), ZoneId.of("Australia/Sydney"));
    }

    private static void assertSameOffsets(ZoneRules rules, ZoneId zone) {
        for (Instant t = Instant.parse("2026-01-01T00:00:00Z"); t.isBefore(Instant.parse("2028-01-01T00:00:00Z"));
                t = t.plus(Duration.ofMinutes(30))) {
            assertThat(rules.getOffset(t)).as("%s at %s", zone, t).isEqualTo(zone.getRules().getOffset(t));
        }
    }

    @Test
    void noDaylightSavingIsAFixedOffset() {
        TimeZoneStruct tokyo = new TimeZoneStruct(-540, 0, 0, 0, TimeZoneStruct.Transition.NONE, 0,
                TimeZoneStruct.Transition.NONE);
        assertThat(tokyo.hasDaylightSaving()).isFalse();
        assertThat(tokyo.toZoneRules().isFixedOffset()).isTrue();
        assertThat(tokyo.standardOffset().getTotalSeconds()).isEqualTo(9 * 3600);
    }

    @Test
    void writesAndReadsBack() {
        byte[] bytes = US_EASTERN.write();
        assertThat(bytes).hasSize(48);
        assertThat(TimeZoneStruct.read(bytes)).isEqualTo(US_EASTERN);
        assertThat(Arrays.copyOf(bytes, 4)).containsExactly(0x2C, 0x01, 0, 0);
    }

    @Test
    void malformedStructsAreRefused() {
        assertThatThrownBy(() -> TimeZoneStruct.read(new byte[47])).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("48 bytes");
        byte[] badMonth = W_EUROPE.write();
        badMonth[16] = 13;
        assertThatThrownBy(() -> TimeZoneStruct.read(badMonth)).hasMessageContaining("StandardDate");
        byte[] hugeBias = W_EUROPE.write();
        hugeBias[3] = 0x10;
        assertThatThrownBy(() -> TimeZoneStruct.read(hugeBias).toZoneRules()).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("bias");
    }

    @Test
    void expansionWithTheStructMatchesExpansionWithTheZone() {
        RecurrencePattern weekly = RecurrencePattern.weekly(LocalDate.of(2026, 3, 2), 1, Set.of(DayOfWeek.MONDAY,
                DayOfWeek.SUNDAY), DayOfWeek.MONDAY, RecurrenceRange.count(30));
        AppointmentRecurrencePattern a = AppointmentRecurrencePattern.of(weekly, LocalTime.of(2, 30), Duration.ofHours(1));
        for (var pair : List.of(List.of(W_EUROPE, "Europe/Berlin"), List.of(AUS_EASTERN, "Australia/Sydney"),
                List.of(US_EASTERN, "America/New_York"))) {
            ZoneId zone = ZoneId.of((String) pair.get(1));
            ZonedDateTime from = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, zone);
            ZonedDateTime to = ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, zone);
            List<Instant> byZone = RecurrenceExpander.expand(a, zone, from, to).stream()
                    .map(o -> o.start().toInstant()).toList();
            List<Occurrence> byStruct = RecurrenceExpander.expand(a, ((TimeZoneStruct) pair.get(0)).toZoneRules(),
                    from, to);
            assertThat(byStruct).hasSize(30);
            assertThat(byStruct.stream().map(o -> o.start().toInstant()).toList()).as(zone.getId()).isEqualTo(byZone);
        }
    }
}
