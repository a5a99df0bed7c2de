package org.interchange.mapi.objects.ical;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.timezone.TimeZoneDefinition;
import org.interchange.mapi.objects.timezone.TimeZoneStruct;
import org.interchange.mapi.objects.timezone.TimeZones;
import org.interchange.mapi.objects.timezone.WindowsZones;

/**
 * The time zone an item's local times are in ([MS-OXOCAL] 2.2.1.39 to 2.2.1.42, [MS-OXCICAL]
 * 2.1.3.1.1.19): the TZID written to iCalendar (the IANA id when the Windows key name maps to one),
 * the rules times are converted with, the PidLidTimeZoneStruct and the Windows key name.
 */
public record ItemZone(String tzid, ZoneRules rules, TimeZoneStruct struct, String keyName) {

    public ItemZone {
        Objects.requireNonNull(tzid, "tzid");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(struct, "struct");
        Objects.requireNonNull(keyName, "keyName");
    }

    /** The zone of an IANA id in {@code year}: its Windows key name and the struct of that year. */
    public static ItemZone of(ZoneId zone, int year) {
        return new ItemZone(zone.getId(), zone.getRules(), TimeZones.structOf(zone.getRules(), year),
                TimeZones.keyNameOf(zone));
    }

    /**
     * The zone an appointment or task was saved in: PidLidAppointmentTimeZoneDefinitionStartDisplay
     * (else ...Recur) for the key name and rules, PidLidTimeZoneStruct for the series' struct.
     * Empty when the item has none of them.
     */
    public static Optional<ItemZone> fromMapi(PropertyBag p) {
        TimeZoneDefinition definition = definition(p, PidLid.APPOINTMENT_TIME_ZONE_DEFINITION_START_DISPLAY);
        if (definition == null) {
            definition = definition(p, PidLid.APPOINTMENT_TIME_ZONE_DEFINITION_RECUR);
        }
        byte[] structBytes = p.bytes(PidLid.TIME_ZONE_STRUCT);
        TimeZoneStruct struct = null;
        if (structBytes != null) {
            try {
                struct = TimeZoneStruct.read(structBytes);
            } catch (MapiCodecException e) {
                throw new ICalFormatException("PidLidTimeZoneStruct: " + e.getMessage(), e);
            }
        }
        if (definition == null && struct == null) {
            return Optional.empty();
        }
        if (struct == null) {
            struct = definition.effectiveRule().zone();
        }
        String key = definition != null ? definition.keyName() : p.string(PidLid.TIME_ZONE_DESCRIPTION);
        Optional<ZoneId> iana = WindowsZones.ianaOf(key);
        ZoneRules rules = definition != null ? definition.toZoneRules() : struct.toZoneRules();
        String tzid = iana.map(ZoneId::getId).orElse(key != null && !key.isBlank() ? key : "Custom Time Zone");
        return Optional.of(new ItemZone(tzid, rules, struct, key != null ? key : tzid));
    }

    private static TimeZoneDefinition definition(PropertyBag p, PidLid lid) {
        byte[] bytes = p.bytes(lid);
        if (bytes == null) {
            return null;
        }
        try {
            return TimeZoneDefinition.read(bytes);
        } catch (MapiCodecException | IllegalArgumentException e) {
            throw new ICalFormatException("time zone definition: " + e.getMessage(), e);
        }
    }

    /** A local time of this zone as an instant; a time in a gap moves forward, an overlap takes the earlier offset. */
    public Instant toInstant(LocalDateTime local) {
        List<ZoneOffset> valid = rules.getValidOffsets(local);
        if (valid.isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            return local.plus(gap.getDuration()).toInstant(gap.getOffsetAfter());
        }
        return local.toInstant(valid.getFirst());
    }

    public LocalDateTime toLocal(Instant instant) {
        return LocalDateTime.ofInstant(instant, rules.getOffset(instant));
    }

    /** PidLidAppointmentTimeZoneDefinition* for this zone: one rule, effective from {@code year}. */
    public TimeZoneDefinition definition(int year) {
        return new TimeZoneDefinition(keyName, List.of(new TimeZoneDefinition.Rule(
                TimeZoneDefinition.Rule.FLAG_EFFECTIVE_TZREG | TimeZoneDefinition.Rule.FLAG_RECUR_CURRENT_TZREG,
                year, struct)));
    }

    /** The VTIMEZONE for this zone, built from its struct. */
    public ICalComponent vtimezone() {
        return VTimeZones.toComponent(tzid, struct);
    }
}
