package org.interchange.mapi.objects.timezone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import org.junit.jupiter.api.Test;

class WindowsZonesTest {

    @Test
    void tableCoversTheCommonZonesAndEveryIanaIdExists() {
        assertThat(WindowsZones.windowsNames()).hasSizeGreaterThanOrEqualTo(139);
        for (String id : WindowsZones.ianaIds()) {
            assertThatCode(() -> ZoneId.of(id)).as(id).doesNotThrowAnyException();
        }
    }

    @Test
    void everyWindowsNameMapsToAZoneThatMapsBack() {
        for (String windows : WindowsZones.windowsNames()) {
            ZoneId iana = WindowsZones.ianaOf(windows).orElseThrow();
            assertThat(WindowsZones.windowsOf(iana)).as(windows).contains(windows);
        }
    }

    @Test
    void knownPairsAndAliases() {
        assertThat(WindowsZones.ianaOf("w. europe standard time")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(WindowsZones.ianaOf("AUS Eastern Standard Time")).contains(ZoneId.of("Australia/Sydney"));
        assertThat(WindowsZones.windowsOf(ZoneId.of("America/Toronto"))).contains("Eastern Standard Time");
        assertThat(WindowsZones.windowsOf(ZoneId.of("Europe/Paris"))).contains("Romance Standard Time");
        assertThat(WindowsZones.windowsOf(ZoneId.of("Asia/Kolkata"))).contains("India Standard Time");
        assertThat(WindowsZones.ianaOf("Mars Standard Time")).isEmpty();
    }

    @Test
    void structsBuiltFromZoneRulesMatchOutlooksForCommonZones() {
        TimeZoneStruct berlin = TimeZones.structOf(ZoneId.of("Europe/Berlin").getRules(), 2024);
        assertThat(berlin).isEqualTo(new TimeZoneStruct(-60, 0, -60, 0, new TimeZoneStruct.Transition(0, 10, 0, 5, 3, 0, 0, 0),
                0, new TimeZoneStruct.Transition(0, 3, 0, 5, 2, 0, 0, 0)));
        TimeZoneStruct newYork = TimeZones.structOf(ZoneId.of("America/New_York").getRules(), 2024);
        assertThat(newYork).isEqualTo(new TimeZoneStruct(300, 0, -60, 0, new TimeZoneStruct.Transition(0, 11, 0, 1, 2, 0, 0, 0),
                0, new TimeZoneStruct.Transition(0, 3, 0, 2, 2, 0, 0, 0)));
        TimeZoneStruct sydney = TimeZones.structOf(ZoneId.of("Australia/Sydney").getRules(), 2024);
        assertThat(sydney.bias()).isEqualTo(-600);
        assertThat(sydney.standardDate().month()).isEqualTo(4);
        assertThat(sydney.daylightDate()).isEqualTo(new TimeZoneStruct.Transition(0, 10, 0, 1, 2, 0, 0, 0));
        TimeZoneStruct tokyo = TimeZones.structOf(ZoneId.of("Asia/Tokyo").getRules(), 2024);
        assertThat(tokyo.hasDaylightSaving()).isFalse();
        assertThat(tokyo.bias()).isEqualTo(-540);
        ZoneRules rules = berlin.toZoneRules();
        ZoneRules real = ZoneId.of("Europe/Berlin").getRules();
        for (var t : real.getTransitions().stream().filter(t -> t.getDateTimeBefore().getYear() >= 2000).toList()) {
            assertThat(rules.getOffset(t.getInstant())).isEqualTo(real.getOffset(t.getInstant()));
            assertThat(rules.getOffset(t.getInstant().minusSeconds(1))).isEqualTo(real.getOffset(t.getInstant().minusSeconds(1)));
        }
    }
}
