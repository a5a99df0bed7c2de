package org.interchange.mapi.codec.rop;

/** A BackoffRop of RopBackoff, [MS-OXCROPS] 2.2.15.2.1.1: a RopId to hold back and for how many milliseconds. */
public record BackoffRop(int ropIdBackoff, long duration) {
}
