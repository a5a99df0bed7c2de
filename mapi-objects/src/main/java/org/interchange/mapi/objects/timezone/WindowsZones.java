package org.interchange.mapi.objects.timezone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Windows time zone key names (the KeyName of [MS-OXOCAL] 2.2.1.41 and Outlook's TZIDs) mapped to
 * IANA zone ids and back, from a table authored after CLDR's public windowsZones facts.
 */
public final class WindowsZones {
    private static final String TABLE = "windows-zones.tsv";
    private static final Map<String, ZoneId> TO_IANA = new LinkedHashMap<>();
    private static final Map<String, String> TO_WINDOWS = new HashMap<>();
    private static final Map<String, String> WINDOWS_BY_LOWER = new HashMap<>();

    static {
        try (InputStream in = WindowsZones.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                String windows = columns[0];
                TO_IANA.put(windows, ZoneId.of(columns[1]));
                WINDOWS_BY_LOWER.put(windows.toLowerCase(java.util.Locale.ROOT), windows);
                TO_WINDOWS.put(columns[1], windows);
                if (columns.length > 2) {
                    for (String alias : columns[2].split(" ")) {
                        TO_WINDOWS.putIfAbsent(alias, windows);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WindowsZones() {
    }

    /** The IANA zone of a Windows key name (case-insensitive), e.g. "W. Europe Standard Time" to Europe/Berlin. */
    public static Optional<ZoneId> ianaOf(String windowsName) {
        if (windowsName == null) {
            return Optional.empty();
        }
        String key = WINDOWS_BY_LOWER.get(windowsName.strip().toLowerCase(java.util.Locale.ROOT));
        return Optional.ofNullable(key == null ? null : TO_IANA.get(key));
    }

    /** The Windows key name of an IANA zone, e.g. America/Toronto to "Eastern Standard Time". */
    public static Optional<String> windowsOf(ZoneId zone) {
        if (zone == null) {
            return Optional.empty();
        }
        String direct = TO_WINDOWS.get(zone.getId());
        if (direct != null) {
            return Optional.of(direct);
        }
        return Optional.ofNullable(TO_WINDOWS.get(zone.normalized().getId()));
    }

    /** Every Windows key name in the table. */
    public static Set<String> windowsNames() {
        return Collections.unmodifiableSet(TO_IANA.keySet());
    }

    /** Every IANA id the table names, for checking it against the JDK's zone database. */
    public static Set<String> ianaIds() {
        return Collections.unmodifiableSet(TO_WINDOWS.keySet());
    }
}
