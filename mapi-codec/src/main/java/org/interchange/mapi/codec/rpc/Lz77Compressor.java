package org.interchange.mapi.codec.rpc;

import java.util.Arrays;

/**
 * Compresses into the LZ77 format of [MS-OXCRPC] 3.1.4.1.1.2 ([MS-XCA] 2.3 "plain LZ77"), the
 * inverse of {@link Lz77Decompressor}. Matches are found with a hash chain over 3-byte prefixes in
 * the 8 KB window the format can address; lengths stay within the 16-bit length form
 * (at most 65538 bytes) that every reader of the format understands.
 */
public final class Lz77Compressor {
    private static final int MIN_MATCH = 3;
    private static final int WINDOW = 8192;
    private static final int MAX_MATCH = 0xFFFF + 3;
    private static final int HASH_BITS = 13;
    private static final int MAX_CHAIN = 48;

    private Lz77Compressor() {
    }

    /** The compressed form of {@code input}; can be longer than the input for incompressible data. */
    public static byte[] compress(byte[] input) {
        return new Run(input).run();
    }

    /** State of one compression. */
    private static final class Run {
        private final byte[] in;
        private byte[] out;
        private int op = 4;
        private int flags;
        private int flagCount;
        private int flagPos;
        private int halfBytePos = -1;
        private final int[] head = new int[1 << HASH_BITS];
        private final int[] prev = new int[WINDOW];

        Run(byte[] in) {
            this.in = in;
            this.out = new byte[in.length + in.length / 8 + 16];
            Arrays.fill(head, -1);
        }

        byte[] run() {
            int ip = 0;
            while (ip < in.length) {
                long match = findMatch(ip);
                int length = (int) (match >>> 32);
                if (length >= MIN_MATCH) {
                    int distance = (int) match;
                    writeMatch(distance, length);
                    for (int k = 0; k < length; k++) {
                        insert(ip + k);
                    }
                    ip += length;
                    flag(1);
                } else {
                    insert(ip);
                    ensure(1);
                    out[op++] = in[ip++];
                    flag(0);
                }
            }
            // Pad the last flag word with 1 bits: a reader takes a 1 at the end of input as the end.
            int unused = 32 - flagCount;
            int last = unused == 32 ? -1 : flags << unused | (1 << unused) - 1;
            putInt(flagPos, last);
            return Arrays.copyOf(out, op);
        }

        private void flag(int bit) {
            flags = flags << 1 | bit;
            if (++flagCount == 32) {
                putInt(flagPos, flags);
                flagCount = 0;
                flags = 0;
                ensure(4);
                flagPos = op;
                op += 4;
            }
        }

        /** Longest earlier match at {@code ip}: length in the high 32 bits, distance in the low 32 bits. */
        private long findMatch(int ip) {
            if (in.length - ip < MIN_MATCH) {
                return 0;
            }
            int limit = Math.min(MAX_MATCH, in.length - ip);
            int best = 0;
            int bestDistance = 0;
            int candidate = head[hash(ip)];
            for (int chain = 0; candidate >= 0 && chain < MAX_CHAIN; chain++) {
                int distance = ip - candidate;
                if (distance > WINDOW) {
                    break;
                }
                if (in[candidate + best] == in[ip + best]) {
                    int n = 0;
                    while (n < limit && in[candidate + n] == in[ip + n]) {
                        n++;
                    }
                    if (n > best) {
                        best = n;
                        bestDistance = distance;
                        if (n == limit) {
                            break;
                        }
                    }
                }
                int next = prev[candidate & (WINDOW - 1)];
                if (next >= candidate) {
                    break;
                }
                candidate = next;
            }
            return best >= MIN_MATCH ? (long) best << 32 | bestDistance : 0;
        }

        private void insert(int pos) {
            if (in.length - pos < MIN_MATCH) {
                return;
            }
            int h = hash(pos);
            prev[pos & (WINDOW - 1)] = head[h];
            head[h] = pos;
        }

        private int hash(int pos) {
            int v = (in[pos] & 0xFF) | (in[pos + 1] & 0xFF) << 8 | (in[pos + 2] & 0xFF) << 16;
            return (v * 0x9E3779B1) >>> (32 - HASH_BITS);
        }

        private void writeMatch(int distance, int length) {
            ensure(9);
            int m = length - MIN_MATCH;
            int low = Math.min(m, 7);
            putShort((distance - 1) << 3 | low);
            if (m < 7) {
                return;
            }
            m -= 7;
            int nibble = Math.min(m, 15);
            if (halfBytePos < 0) {
                halfBytePos = op;
                out[op++] = (byte) nibble;
            } else {
                out[halfBytePos] |= (byte) (nibble << 4);
                halfBytePos = -1;
            }
            if (m < 15) {
                return;
            }
            m -= 15;
            if (m < 255) {
                out[op++] = (byte) m;
            } else {
                out[op++] = (byte) 255;
                putShort(length - MIN_MATCH);
            }
        }

        private void putShort(int v) {
            out[op++] = (byte) v;
            out[op++] = (byte) (v >>> 8);
        }

        private void putInt(int at, int v) {
            out[at] = (byte) v;
            out[at + 1] = (byte) (v >>> 8);
            out[at + 2] = (byte) (v >>> 16);
            out[at + 3] = (byte) (v >>> 24);
        }

        private void ensure(int extra) {
            if (op + extra > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, op + extra));
            }
        }
    }
}
