package org.interchange.plugin.mapi;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interchange.cache.api.PimFields;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.ical.ICalFormatException;
import org.interchange.mapi.objects.ical.ItemZone;

/**
 * The time zone a series repeats in ([MS-OXOCAL] 2.2.1.39 PidLidTimeZoneStruct, 2.2.1.40 PidLidTimeZoneDescription,
 * 2.2.1.41 PidLidAppointmentTimeZoneDefinitionRecur, 2.2.1.42 and 2.2.1.43 ...StartDisplay and ...EndDisplay) as the
 * cache's {@link PimFields#TIME_ZONE}, both ways: read from the appointment (UTC when it names none, as before
 * zones were kept), written from the field, else from the zone of the machine the client runs on, as Outlook does.
 */
final class SeriesZone {
    /** The named properties {@link #write} sets. */
    static final List<PidLid> NAMED = List.of(PidLid.TIME_ZONE_STRUCT, PidLid.TIME_ZONE_DESCRIPTION,
            PidLid.APPOINTMENT_TIME_ZONE_DEFINITION_RECUR, PidLid.APPOINTMENT_TIME_ZONE_DEFINITION_START_DISPLAY,
            PidLid.APPOINTMENT_TIME_ZONE_DEFINITION_END_DISPLAY);

    private SeriesZone() {
    }

    /** The zone of an appointment as the server holds it; UTC when it has none or a malformed one. */
    static ItemZone read(PropertyBag p, Instant start) {
        try {
            Optional<ItemZone> zone = ItemZone.fromMapi(p);
            if (zone.isPresent()) {
                return zone.get();
            }
        } catch (ICalFormatException malformed) {
            // a zone we cannot read leaves the series in UTC
        }
        return utc(start);
    }

    /** Puts the zone's IANA id in {@link PimFields#TIME_ZONE}, when it has one. */
    static void put(ItemZone zone, Map<String, String> f) {
        ianaId(zone.tzid()).ifPresent(id -> f.put(PimFields.TIME_ZONE, id));
    }

    /** The zone to write a series starting at {@code start} in: {@link PimFields#TIME_ZONE}, else the machine's. */
    static ItemZone forUpload(Map<String, String> f, Instant start) {
        ZoneId zone = ianaId(f.get(PimFields.TIME_ZONE)).map(ZoneId::of).orElse(ZoneId.systemDefault());
        return ItemZone.of(zone, start.atZone(zone).getYear());
    }

    /** Sets the zone's properties for a series whose first occurrence is in {@code year}. */
    static void write(ItemZone zone, int year, PropertyBag.Builder b) {
        byte[] definition = zone.definition(year).write();
        b.set(PidLid.TIME_ZONE_STRUCT, zone.struct().write())
                .set(PidLid.TIME_ZONE_DESCRIPTION, zone.keyName())
                .set(PidLid.APPOINTMENT_TIME_ZONE_DEFINITION_RECUR, definition)
                .set(PidLid.APPOINTMENT_TIME_ZONE_DEFINITION_START_DISPLAY, definition)
                .set(PidLid.APPOINTMENT_TIME_ZONE_DEFINITION_END_DISPLAY, definition);
    }

    private static ItemZone utc(Instant start) {
        return ItemZone.of(ZoneOffset.UTC, start == null ? 2000 : start.atOffset(ZoneOffset.UTC).getYear());
    }

    private static Optional<String> ianaId(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()).getId());
        } catch (DateTimeException notAZone) {
            return Optional.empty();
        }
    }
}
