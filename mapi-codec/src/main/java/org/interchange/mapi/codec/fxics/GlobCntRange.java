package org.interchange.mapi.codec.fxics;

import org.interchange.mapi.codec.io.MapiCodecException;

/** A range of consecutive GLOBCNT values, both ends included, [MS-OXCFXICS] 2.2.2.6. */
public record GlobCntRange(long low, long high) {

    public GlobCntRange {
        check(low, high);
    }

    /** Fails unless {@code low..high} is a valid range of 48-bit values. */
    static void check(long low, long high) {
        GlobCnt.check(low);
        GlobCnt.check(high);
        if (low > high) {
            throw new MapiCodecException("GLOBCNT range low 0x" + Long.toHexString(low)
                    + " is above high 0x" + Long.toHexString(high));
        }
    }

    /** The number of values in the range. */
    public long count() {
        return high - low + 1;
    }

    public boolean contains(long value) {
        return value >= low && value <= high;
    }

    @Override
    public String toString() {
        return low == high ? "0x" + Long.toHexString(low)
                : "0x" + Long.toHexString(low) + "-0x" + Long.toHexString(high);
    }
}
