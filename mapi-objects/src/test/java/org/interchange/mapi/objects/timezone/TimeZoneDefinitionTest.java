package org.interchange.mapi.objects.timezone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.junit.jupiter.api.Test;

/** A TZDEFINITION for Eastern Standard Time with the US rules before and after the 2007 change. */
class TimeZoneDefinitionTest {
    private static final TimeZoneStruct EASTERN_UNTIL_2006 = new TimeZoneStruct(300, 0, -60, 0,
            new TimeZoneStruct.Transition(0, 10, 0, 5, 2, 0, 0, 0), 0,
            new TimeZoneStruct.Transition(0, 4, 0, 1, 2, 0, 0, 0));
    static final TimeZoneDefinition EASTERN = new TimeZoneDefinition("Eastern Standard Time", List.of(
            new TimeZoneDefinition.Rule(0, 2000, EASTERN_UNTIL_2006),
            new TimeZoneDefinition.Rule(TimeZoneDefinition.Rule.FLAG_EFFECTIVE_TZREG
                    | TimeZoneDefinition.Rule.FLAG_RECUR_CURRENT_TZREG, 2007, TimeZoneStructTest.US_EASTERN)));

    @Test
    void bothRuleSetsMatchNewYorkAcrossThe2007Change() {
        ZoneRules rules = EASTERN.toZoneRules();
        ZoneRules ny = ZoneId.of("America/New_York").getRules();
        for (Instant t = Instant.parse("2003-01-01T00:00:00Z"); t.isBefore(Instant.parse("2011-01-01T00:00:00Z"));
                t = t.plus(Duration.ofMinutes(30))) {
            assertThat(rules.getOffset(t)).as("%s", t).isEqualTo(ny.getOffset(t));
        }
    }

    @Test
    void writesAndReadsBackWithTheSpecLayout() {
        byte[] bytes = EASTERN.write();
        assertThat(bytes).hasSize(6 + 2 + 2 * 21 + 2 + 2 * 66);
        assertThat(Arrays.copyOf(bytes, 8)).containsExactly(0x02, 0x01, 6 + 42, 0, 0x02, 0, 21, 0);
        assertThat(TimeZoneDefinition.read(bytes)).isEqualTo(EASTERN);
        assertThat(EASTERN.effectiveRule().year()).isEqualTo(2007);
    }

    @Test
    void malformedDefinitionsNameTheProblem() {
        byte[] good = EASTERN.write();
        assertThatThrownBy(() -> TimeZoneDefinition.read(Arrays.copyOf(good, 5))).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("header");
        byte[] version = good.clone();
        version[0] = 3;
        assertThatThrownBy(() -> TimeZoneDefinition.read(version)).hasMessageContaining("version 3.1");
        byte[] count = good.clone();
        count[4 + 46] = (byte) 0xFF;
        assertThatThrownBy(() -> TimeZoneDefinition.read(count)).hasMessageContaining("rules cannot fit");
        byte[] month = good.clone();
        month[4 + 48 + 66 + 36] = 14;
        assertThatThrownBy(() -> TimeZoneDefinition.read(month)).hasMessageContaining("TZRule[1]");
    }
}
