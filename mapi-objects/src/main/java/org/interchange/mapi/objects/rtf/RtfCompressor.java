package org.interchange.mapi.objects.rtf;

import java.io.ByteArrayOutputStream;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * Compresses RTF into an LZFu stream, [MS-OXRTFCP] 3.1.3.2: at each position the longest
 * dictionary match of 2 to 17 bytes (the lowest offset among equals, matches may run into the
 * bytes they produce) becomes a reference, anything shorter a literal; a reference to the write
 * offset ends the data. Candidates are found through a per-byte-value index of dictionary offsets.
 */
final class RtfCompressor {
    private static final int MAX_MATCH = 17;
    private static final int WORDS = RtfDictionary.SIZE / 64;

    private final RtfDictionary dict = new RtfDictionary();
    /** For each byte value, a bit set of the written dictionary offsets that hold it. */
    private final long[][] where = new long[256][WORDS];
    private int filled;

    private RtfCompressor() {
        for (int i = 0; i < RtfDictionary.PRELOAD.length; i++) {
            index(i, RtfDictionary.PRELOAD[i]);
        }
        filled = RtfDictionary.PRELOAD.length;
    }

    static byte[] compress(byte[] rtf) {
        byte[] data = new RtfCompressor().lzfu(rtf);
        ByteWriter w = new ByteWriter(data.length + CompressedRtfHeader.SIZE);
        w.i32(data.length + 12).i32(rtf.length).i32(CompressedRtfHeader.COMPRESSED).i32(RtfCrc.of(data, 0, data.length));
        return w.bytes(data).toByteArray();
    }

    private byte[] lzfu(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 2 + 16);
        byte[] tokens = new byte[16];
        int pos = 0;
        boolean ended = false;
        while (!ended) {
            int control = 0;
            int used = 0;
            for (int bit = 0; bit < 8 && !ended; bit++) {
                if (pos == in.length) {
                    control |= 1 << bit;
                    used = reference(tokens, used, dict.writeOffset, 0);
                    ended = true;
                    continue;
                }
                long match = longestMatch(in, pos);
                int length = (int) (match >>> 32);
                if (length >= 2) {
                    control |= 1 << bit;
                    used = reference(tokens, used, (int) match, length - 2);
                    for (int i = 0; i < length; i++) {
                        write(in[pos++]);
                    }
                } else {
                    tokens[used++] = in[pos];
                    write(in[pos++]);
                }
            }
            out.write(control);
            out.write(tokens, 0, used);
        }
        return out.toByteArray();
    }

    /** A big-endian token: 12 bits of offset, 4 bits of length minus two. */
    private static int reference(byte[] tokens, int at, int offset, int lengthCode) {
        tokens[at] = (byte) (offset >>> 4);
        tokens[at + 1] = (byte) ((offset & 0xF) << 4 | lengthCode);
        return at + 2;
    }

    /** (length << 32 | offset) of the longest match at {@code pos}, lowest offset first among equals. */
    private long longestMatch(byte[] in, int pos) {
        int max = Math.min(MAX_MATCH, in.length - pos);
        int bestLength = 0;
        int bestOffset = 0;
        long[] candidates = where[in[pos] & 0xFF];
        int write = dict.writeOffset;
        for (int word = 0; word < WORDS && bestLength < max; word++) {
            long bits = candidates[word];
            while (bits != 0 && bestLength < max) {
                int p = word * 64 + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                if (p == write) {
                    continue;
                }
                int length = matchLength(in, pos, p, write, max);
                if (length > bestLength) {
                    bestLength = length;
                    bestOffset = p;
                }
            }
        }
        return (long) bestLength << 32 | bestOffset;
    }

    /** Bytes at dictionary offsets the copy itself overwrites are the input bytes it writes there. */
    private int matchLength(byte[] in, int pos, int p, int write, int max) {
        int k = 0;
        while (k < max) {
            int q = (p + k) & (RtfDictionary.SIZE - 1);
            int ahead = (q - write) & (RtfDictionary.SIZE - 1);
            byte d = ahead < k ? in[pos + ahead] : dict.bytes[q];
            if (d != in[pos + k]) {
                break;
            }
            k++;
        }
        return k;
    }

    private void write(byte b) {
        int at = dict.writeOffset;
        if (at < filled) {
            unindex(at, dict.bytes[at]);
        }
        dict.put(b);
        index(at, b);
        filled = Math.min(RtfDictionary.SIZE, Math.max(filled, at + 1));
    }

    private void index(int offset, byte b) {
        where[b & 0xFF][offset >>> 6] |= 1L << (offset & 63);
    }

    private void unindex(int offset, byte b) {
        where[b & 0xFF][offset >>> 6] &= ~(1L << (offset & 63));
    }
}
