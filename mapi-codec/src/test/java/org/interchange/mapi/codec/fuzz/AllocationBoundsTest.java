package org.interchange.mapi.codec.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No decoder allocates more than its input justifies: every 16- and 32-bit window of every seed
 * is overwritten with a length that claims up to 2^31 bytes or items, and the bytes the decoding
 * thread allocates must stay within a small multiple of the input. A decoder that sized an array
 * or list by the claimed length before checking the bytes that remain fails here.
 */
class AllocationBoundsTest {
    private static final long FIXED_ALLOWANCE = 1 << 20;
    private static final long PER_INPUT_BYTE = 256;
    private static final int[] CLAIMS = {0x7FFFFFFF, 0xFFFFFFFF, 0x0000FFFF};
    /** Seeds per target and leading bytes per seed that are inflated, to keep the test to seconds. */
    private static final int SEEDS = 6;
    private static final int WINDOW = 128;

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void inflatedLengthFieldsNeverCauseLargeAllocations() {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, ?> target : FuzzTargets.ALL.entrySet()) {
            for (byte[] seed : Seeds.of(target.getKey()).stream().limit(SEEDS).toList()) {
                for (int at = 0; at < Math.min(seed.length, WINDOW); at++) {
                    for (int width : new int[] {2, 4}) {
                        for (int claim : CLAIMS) {
                            byte[] input = inflate(seed, at, width, claim);
                            long before = threads.getCurrentThreadAllocatedBytes();
                            FuzzTargets.run(target.getKey(), input);
                            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
                            if (allocated > FIXED_ALLOWANCE + PER_INPUT_BYTE * input.length) {
                                violations.add(target.getKey() + " allocated " + allocated + " bytes for "
                                        + input.length + " input bytes: " + HexFormat.of().formatHex(input));
                            }
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private static byte[] inflate(byte[] seed, int at, int width, int claim) {
        byte[] out = seed.clone();
        for (int k = 0; k < width && at + k < out.length; k++) {
            out[at + k] = (byte) (claim >>> (8 * k));
        }
        return out;
    }
}
