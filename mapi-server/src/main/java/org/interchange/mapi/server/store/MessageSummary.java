package org.interchange.mapi.server.store;

import java.time.Instant;

/**
 * What an ICS download needs to decide whether a message changed, [MS-OXCFXICS] 3.2.5.2.1: its MID,
 * change number, read-state change number, read flag, FAI flag, size and delivery time; no bag.
 */
public record MessageSummary(long mid, long changeNumber, long readChangeNumber, boolean read, boolean associated,
        int size, Instant received) {
}
