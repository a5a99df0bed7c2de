package org.interchange.mapi.codec.property;

import java.time.Instant;

/**
 * PtypTime: a FILETIME, the number of 100-nanosecond intervals since 1601-01-01T00:00Z,
 * [MS-OXCDATA] 2.11.1 and [MS-DTYP] 2.3.3. Sub-100 ns precision is dropped when encoding.
 */
public final class FileTime {
    private static final long SECONDS_1601_TO_1970 = 11_644_473_600L;
    private static final long TICKS_PER_SECOND = 10_000_000L;

    private FileTime() {
    }

    public static Instant toInstant(long fileTime) {
        long seconds = Math.floorDiv(fileTime, TICKS_PER_SECOND) - SECONDS_1601_TO_1970;
        long ticks = Math.floorMod(fileTime, TICKS_PER_SECOND);
        return Instant.ofEpochSecond(seconds, ticks * 100);
    }

    public static long fromInstant(Instant instant) {
        long seconds = Math.addExact(instant.getEpochSecond(), SECONDS_1601_TO_1970);
        return Math.addExact(Math.multiplyExact(seconds, TICKS_PER_SECOND), instant.getNano() / 100);
    }
}
