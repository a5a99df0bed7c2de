package org.interchange.mapi.objects.ical;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.interchange.mapi.objects.timezone.TimeZoneStruct;
import org.interchange.mapi.objects.timezone.TimeZones;
import org.interchange.mapi.objects.timezone.WindowsZones;

/**
 * Resolves the TZIDs of one VCALENDAR to {@link ItemZone}s, [MS-OXCICAL] 2.1.3.1.1.19: the IANA zone
 * the TZID names (directly, as a Windows key name, through X-LIC-LOCATION or as the tail of a
 * "/mozilla.org/.../Europe/Berlin" style id) gives the rules; the VTIMEZONE of that TZID, when the
 * calendar has one, gives the struct. Unknown TZIDs without a VTIMEZONE are an error naming the TZID.
 */
public final class ZoneResolver {
    private final Map<String, ICalComponent> vtimezones = new HashMap<>();
    private final Map<String, ItemZone> cache = new HashMap<>();
    private final ZoneId fallback;

    public ZoneResolver(ICalComponent calendar, ZoneId fallback) {
        for (ICalComponent vtz : calendar.components("VTIMEZONE")) {
            String tzid = vtz.text("TZID");
            if (tzid != null) {
                vtimezones.put(tzid, vtz);
            }
        }
        this.fallback = fallback;
    }

    /** The zone floating times and UTC-only items are taken to be in. */
    public ZoneId fallback() {
        return fallback;
    }

    public ItemZone resolve(String tzid, int year) {
        String key = tzid + "@" + year;
        ItemZone known = cache.get(key);
        if (known != null) {
            return known;
        }
        ItemZone zone = lookUp(tzid, year);
        cache.put(key, zone);
        return zone;
    }

    private ItemZone lookUp(String tzid, int year) {
        ICalComponent vtz = vtimezones.get(tzid);
        Optional<ZoneId> iana = iana(tzid);
        if (iana.isEmpty() && vtz != null) {
            iana = iana(vtz.text("X-LIC-LOCATION"));
        }
        TimeZoneStruct struct = vtz != null ? VTimeZones.structOf(vtz) : null;
        if (iana.isPresent()) {
            ZoneRules rules = iana.get().getRules();
            return new ItemZone(iana.get().getId(), rules, struct != null ? struct : TimeZones.structOf(rules, year),
                    TimeZones.keyNameOf(iana.get()));
        }
        if (struct == null) {
            throw new ICalFormatException("TZID " + tzid + ": unknown time zone and no VTIMEZONE for it");
        }
        return new ItemZone(tzid, struct.toZoneRules(), struct, tzid);
    }

    static Optional<ZoneId> iana(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        Optional<ZoneId> windows = WindowsZones.ianaOf(id);
        if (windows.isPresent()) {
            return windows;
        }
        String[] parts = id.strip().split("/");
        for (int from = 0; from < parts.length; from++) {
            String candidate = String.join("/", java.util.Arrays.copyOfRange(parts, from, parts.length));
            if (candidate.contains("/") || candidate.equals("UTC") || candidate.equals("GMT")) {
                try {
                    return Optional.of(ZoneId.of(candidate));
                } catch (DateTimeException e) {
                    // not a zone id; try a shorter tail
                }
            }
        }
        return Optional.empty();
    }
}
