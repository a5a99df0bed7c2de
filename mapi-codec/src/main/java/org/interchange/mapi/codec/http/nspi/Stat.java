package org.interchange.mapi.codec.http.nspi;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * The STAT block, [MS-OXNSPI] 2.2.8: a logical position (cursor) in an address book container.
 * Nine 32-bit fields, 36 bytes on the wire.
 */
public record Stat(int sortType, int containerId, int currentRec, int delta, int numPos, int totalRecs,
        int codePage, int templateLocale, int sortLocale) {
    /** Size on the wire. */
    public static final int SIZE = 36;
    /** SortTypeDisplayName, [MS-OXNSPI] 2.2.1.11. */
    public static final int SORT_TYPE_DISPLAY_NAME = 0;
    /** MID_BEGINNING_OF_TABLE, [MS-OXNSPI] 2.2.1.8. */
    public static final int MID_BEGINNING_OF_TABLE = 0;
    /** MID_CURRENT, [MS-OXNSPI] 2.2.1.8. */
    public static final int MID_CURRENT = 1;
    /** MID_END_OF_TABLE, [MS-OXNSPI] 2.2.1.8. */
    public static final int MID_END_OF_TABLE = 2;

    /** A cursor at the beginning of the Global Address List (container 0), sorted by display name. */
    public static Stat beginningOfGal(int codePage, int locale) {
        return new Stat(SORT_TYPE_DISPLAY_NAME, 0, MID_BEGINNING_OF_TABLE, 0, 0, 0, codePage, locale, locale);
    }

    public Stat withPosition(int newCurrentRec, int newNumPos, int newTotalRecs) {
        return new Stat(sortType, containerId, newCurrentRec, 0, newNumPos, newTotalRecs, codePage,
                templateLocale, sortLocale);
    }

    public Stat withDelta(int newDelta) {
        return new Stat(sortType, containerId, currentRec, newDelta, numPos, totalRecs, codePage, templateLocale,
                sortLocale);
    }

    public static Stat read(ByteReader r) {
        r.require(SIZE, "STAT");
        return new Stat(r.i32(), r.i32(), r.i32(), r.i32(), r.i32(), r.i32(), r.i32(), r.i32(), r.i32());
    }

    public void write(ByteWriter w) {
        w.i32(sortType).i32(containerId).i32(currentRec).i32(delta).i32(numPos).i32(totalRecs).i32(codePage)
                .i32(templateLocale).i32(sortLocale);
    }
}
