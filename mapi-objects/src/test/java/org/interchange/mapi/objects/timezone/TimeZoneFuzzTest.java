package org.interchange.mapi.objects.timezone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.zone.ZoneRules;
import java.util.Random;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.junit.jupiter.api.Test;

/** Mutated time zone properties either give usable rules or fail with the codec's typed error. */
class TimeZoneFuzzTest {

    @Test
    void mutatedDefinitionsFailOnlyWithTheTypedError() {
        byte[] good = TimeZoneDefinitionTest.EASTERN.write();
        Random random = new Random(42);
        for (int i = 0; i < 1500; i++) {
            byte[] b = good.clone();
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(i % 2 == 0 ? 16 : 256);
            }
            try {
                ZoneRules rules = TimeZoneDefinition.read(b).toZoneRules();
                assertThat(rules.getOffset(Instant.parse("2026-07-01T00:00:00Z"))).isNotNull();
                byte[] struct = TimeZoneDefinition.read(b).effectiveRule().zone().write();
                assertThat(TimeZoneStruct.read(struct).toZoneRules()).isNotNull();
            } catch (MapiCodecException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }
}
