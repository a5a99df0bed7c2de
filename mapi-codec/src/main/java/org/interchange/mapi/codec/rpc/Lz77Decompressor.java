package org.interchange.mapi.codec.rpc;

import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * Decompresses the LZ77 format of [MS-OXCRPC] 3.1.4.1.1.2, which decodes as the "plain LZ77" of
 * [MS-XCA] 2.4: 32-bit little-endian flag words read from the most significant bit (0 = literal byte,
 * 1 = match), matches as a 16-bit word of 13 offset bits and 3 length bits, longer lengths continued
 * in a shared half-byte, then a byte, then a 16-bit (or 32-bit) word.
 *
 * <p>The caller states the exact decompressed length (SizeActual); output beyond it, a match that
 * reaches before the start of the output, or input that ends inside a token fails with
 * {@link MapiCodecException}. The output array is allocated once at the stated length.
 */
public final class Lz77Decompressor {
    private Lz77Decompressor() {
    }

    /** Decompresses all of {@code input}, which must produce exactly {@code expectedLength} bytes. */
    public static byte[] decompress(byte[] input, int expectedLength) {
        return decompress(input, 0, input.length, expectedLength);
    }

    /** Decompresses {@code length} bytes of {@code input} from {@code offset}. */
    public static byte[] decompress(byte[] input, int offset, int length, int expectedLength) {
        if (offset < 0 || length < 0 || offset + length > input.length) {
            throw new MapiCodecException("LZ77 input slice " + offset + "+" + length + " outside " + input.length);
        }
        if (expectedLength < 0) {
            throw new MapiCodecException("LZ77 expected length " + expectedLength + " is negative");
        }
        return new Run(input, offset, offset + length, expectedLength).run();
    }

    /** State of one decompression. */
    private static final class Run {
        private final byte[] in;
        private final int end;
        private final byte[] out;
        private int ip;
        private int op;
        private int flags;
        private int flagCount;
        private int halfBytePos = -1;

        Run(byte[] in, int start, int end, int expectedLength) {
            this.in = in;
            this.ip = start;
            this.end = end;
            this.out = new byte[expectedLength];
        }

        byte[] run() {
            while (true) {
                if (flagCount == 0) {
                    if (ip == end) {
                        break;
                    }
                    flags = readInt("flag word");
                    flagCount = 32;
                }
                flagCount--;
                if ((flags >>> flagCount & 1) == 0) {
                    if (ip == end) {
                        break;
                    }
                    if (op == out.length) {
                        throw overflow();
                    }
                    out[op++] = in[ip++];
                } else {
                    if (ip == end) {
                        break;
                    }
                    copyMatch();
                }
            }
            if (op != out.length) {
                throw new MapiCodecException("LZ77 data decompresses to " + op + " bytes, SizeActual says "
                        + out.length);
            }
            return out;
        }

        private void copyMatch() {
            int matchBytes = readShort("match");
            int length = matchBytes & 7;
            int distance = (matchBytes >>> 3) + 1;
            if (length == 7) {
                if (halfBytePos < 0) {
                    halfBytePos = ip;
                    length = readByte("match length half-byte") & 0x0F;
                } else {
                    length = (in[halfBytePos] & 0xFF) >>> 4;
                    halfBytePos = -1;
                }
                if (length == 15) {
                    length = readByte("match length byte");
                    if (length == 255) {
                        long wide = readShort("match length word");
                        if (wide == 0) {
                            wide = readInt("match length dword") & 0xFFFFFFFFL;
                        }
                        if (wide < 15 + 7) {
                            throw new MapiCodecException("LZ77 match length word " + wide + " below 22 at input offset "
                                    + ip);
                        }
                        length = (int) Math.min(wide - 15 - 7, Integer.MAX_VALUE - 64);
                    }
                    length += 15;
                }
                length += 7;
            }
            length += 3;
            if (distance > op) {
                throw new MapiCodecException("LZ77 match offset " + distance + " reaches before the start of the output"
                        + " (output position " + op + ")");
            }
            if (length > out.length - op) {
                throw overflow();
            }
            int from = op - distance;
            if (distance >= length) {
                System.arraycopy(out, from, out, op, length);
                op += length;
            } else {
                for (int k = 0; k < length; k++) {
                    out[op++] = out[from++];
                }
            }
        }

        private MapiCodecException overflow() {
            return new MapiCodecException("LZ77 data decompresses to more than SizeActual " + out.length + " bytes");
        }

        private int readByte(String what) {
            need(1, what);
            return in[ip++] & 0xFF;
        }

        private int readShort(String what) {
            need(2, what);
            int v = (in[ip] & 0xFF) | (in[ip + 1] & 0xFF) << 8;
            ip += 2;
            return v;
        }

        private int readInt(String what) {
            need(4, what);
            int v = (in[ip] & 0xFF) | (in[ip + 1] & 0xFF) << 8 | (in[ip + 2] & 0xFF) << 16 | (in[ip + 3] & 0xFF) << 24;
            ip += 4;
            return v;
        }

        private void need(int n, String what) {
            if (end - ip < n) {
                throw new MapiCodecException("LZ77 data truncated in " + what + " at input offset " + ip);
            }
        }
    }
}
