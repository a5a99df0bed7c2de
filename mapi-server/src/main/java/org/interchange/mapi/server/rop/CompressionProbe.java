package org.interchange.mapi.server.rop;

import java.util.Arrays;
import java.util.List;
import org.interchange.mapi.codec.rpc.Lz77Compressor;

/**
 * Decides whether LZ77-compressing a response RopBuffer ([MS-OXCRPC] 3.1.4.1.1.2, Compressed flag of
 * RPC_HEADER_EXT 2.2.2.1) pays: a few samples of the payloads are compressed first, and when they do not shrink
 * by at least an eighth (attachments that are already compressed, random data) the response is sent plain, so
 * the server does not spend most of a download compressing what cannot be compressed. Small responses are
 * always compressed: the probe would cost as much as compressing them.
 */
final class CompressionProbe {
    /** Payloads up to this size are compressed without probing. */
    static final int PROBE_ABOVE = 4096;
    /** Bytes per sample. */
    static final int SAMPLE = 1024;
    /** Samples taken across the payloads. */
    static final int SAMPLES = 4;

    private CompressionProbe() {
    }

    /** Whether compressing {@code payloads} is expected to shrink them by at least an eighth. */
    static boolean pays(List<byte[]> payloads) {
        long total = payloads.stream().mapToLong(p -> p.length).sum();
        if (total <= PROBE_ABOVE) {
            return true;
        }
        long sampled = 0;
        long compressed = 0;
        for (int s = 0; s < SAMPLES; s++) {
            long at = total * s / SAMPLES;
            for (byte[] payload : payloads) {
                if (at < payload.length) {
                    int from = (int) at;
                    byte[] sample = Arrays.copyOfRange(payload, from, Math.min(payload.length, from + SAMPLE));
                    sampled += sample.length;
                    compressed += Math.min(sample.length, Lz77Compressor.compress(sample).length);
                    break;
                }
                at -= payload.length;
            }
        }
        return compressed * 8 <= sampled * 7;
    }
}
