package org.interchange.mapi.codec.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Little-endian cursor over a byte array, as every MAPI structure is little-endian ([MS-OXCDATA] 2).
 * Every read is bounds-checked against the input, so no length read from the wire can cause an
 * allocation larger than the bytes that remain. A reader and the slices made from it share a
 * scratch array for string decoding, so they belong to one thread at a time, like any cursor.
 */
public final class ByteReader {
    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** A UTF-16 code unit of 0 in each 16-bit lane, for the zero-lane test of {@link #utf16z}. */
    private static final long LANES_LOW = 0x0001000100010001L;
    private static final long LANES_HIGH_BIT = 0x8000800080008000L;
    private static final byte[] NO_BYTES = new byte[0];
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private final byte[] data;
    private final int end;
    private int position;
    /** The first reader over the input that this one was sliced from, or null for that reader: its {@link #scratch} serves every slice. */
    private final ByteReader root;
    /** Where {@link #utf16z} gathers the Latin-1 bytes of a string, reused for every string of the root's input. */
    private byte[] scratch;

    public ByteReader(byte[] data) {
        this(data, 0, data.length);
    }

    public ByteReader(byte[] data, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > data.length) {
            throw new MapiCodecException("slice " + offset + "+" + length + " outside " + data.length + " bytes");
        }
        this.data = data;
        this.position = offset;
        this.end = offset + length;
        this.root = null;
    }

    private ByteReader(ByteReader parent, int length) {
        this.data = parent.data;
        this.position = parent.position;
        this.end = parent.position + length;
        this.root = parent.root == null ? parent : parent.root;
    }

    public int position() {
        return position;
    }

    public int remaining() {
        return end - position;
    }

    public boolean hasRemaining() {
        return position < end;
    }

    /** Fails with a message naming {@code what} unless {@code count} bytes remain. */
    public void require(int count, String what) {
        if (count < 0 || count > end - position) {
            throw new MapiCodecException(what + ": needs " + count + " bytes at offset " + position
                    + " but only " + (end - position) + " remain");
        }
    }

    /**
     * Fails with a message naming {@code subject} and {@code what} unless {@code count} bytes remain;
     * the message is only built on failure, which keeps the check free on the decode path.
     */
    public void require(int count, Object subject, String what) {
        if (count < 0 || count > end - position) {
            require(count, subject + " " + what);
        }
    }

    public int u8() {
        require(1, "uint8");
        return data[position++] & 0xFF;
    }

    /** The next byte, without consuming it. */
    public int peekU8() {
        require(1, "uint8");
        return data[position] & 0xFF;
    }

    public int u16() {
        require(2, "uint16");
        int v = (short) SHORT_LE.get(data, position) & 0xFFFF;
        position += 2;
        return v;
    }

    public int i32() {
        require(4, "uint32");
        int v = (int) INT_LE.get(data, position);
        position += 4;
        return v;
    }

    /** The next {@code count} 32-bit values; a failure names {@code subject} and {@code what}. */
    public int[] i32s(int count, Object subject, String what) {
        if (count < 0 || count > (end - position) >> 2) {
            require(count < 0 ? count : count * 4, subject + " " + what);
        }
        int[] out = new int[count];
        for (int i = 0, p = position; i < count; i++, p += 4) {
            out[i] = (int) INT_LE.get(data, p);
        }
        position += count * 4;
        return out;
    }

    public long u32() {
        return i32() & 0xFFFFFFFFL;
    }

    public long i64() {
        require(8, "uint64");
        long v = (long) LONG_LE.get(data, position);
        position += 8;
        return v;
    }

    public byte[] bytes(int count) {
        return bytes(count, "byte array");
    }

    /** The next {@code count} bytes; a failure names {@code what}. */
    public byte[] bytes(int count, String what) {
        require(count, what);
        if (count == 0) {
            return NO_BYTES;
        }
        byte[] out = new byte[count];
        System.arraycopy(data, position, out, 0, count);
        position += count;
        return out;
    }

    /** The next {@code count} bytes; a failure names {@code subject} and {@code what}. */
    public byte[] bytes(int count, Object subject, String what) {
        require(count, subject, what);
        return bytes(count);
    }

    public void skip(int count) {
        require(count, "skip");
        position += count;
    }

    public ByteReader slice(int count) {
        return slice(count, "slice");
    }

    /** The next {@code count} bytes as their own reader; a failure names {@code what}. */
    public ByteReader slice(int count, String what) {
        require(count, what);
        ByteReader s = new ByteReader(this, count);
        position += count;
        return s;
    }

    /** The next {@code count} bytes as their own reader; a failure names {@code subject} and {@code what}. */
    public ByteReader slice(int count, Object subject, String what) {
        require(count, subject, what);
        return slice(count);
    }

    /** A GUID in the byte order of [MS-DTYP] 2.3.4.2 (first three fields little-endian). */
    public UUID guid() {
        require(16, "GUID");
        long d1 = u32();
        long d2 = u16();
        long d3 = u16();
        long msb = d1 << 32 | d2 << 16 | d3;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            lsb = lsb << 8 | (data[position++] & 0xFF);
        }
        return new UUID(msb, lsb);
    }

    /**
     * A null-terminated UTF-16LE string. The code units are taken as they are (an unpaired
     * surrogate stays one), which lets the JDK store Latin-1 text compactly without a charset decoder.
     */
    public String utf16z() {
        int start = position;
        int i = position;
        long high = 0;
        int terminator = -1;
        // four code units at a time; the lowest lane the zero test flags is the terminator
        while (i + 8 <= end) {
            long v = (long) LONG_LE.get(data, i);
            long zeros = (v - LANES_LOW) & ~v & LANES_HIGH_BIT;
            if (zeros != 0) {
                int units = Long.numberOfTrailingZeros(zeros) >>> 4;
                high |= v & ((1L << 16 * units) - 1) & 0xFF00FF00FF00FF00L;
                terminator = i + 2 * units;
                break;
            }
            high |= v & 0xFF00FF00FF00FF00L;
            i += 8;
        }
        if (terminator < 0) {
            // the last code units of the input, one at a time
            while (true) {
                if (i + 1 >= end) {
                    throw new MapiCodecException("UTF-16 string at offset " + start + " has no terminator");
                }
                byte hi = data[i + 1];
                if ((data[i] | hi) == 0) {
                    break;
                }
                high |= hi;
                i += 2;
            }
            terminator = i;
        }
        int length = (terminator - start) >> 1;
        position = terminator + 2;
        return length == 0 ? "" : high == 0 ? latin1(start, length) : utf16(start, length);
    }

    /** The string of {@code length} code units below U+0100 at {@code start}: their low bytes are its Latin-1 bytes. */
    private String latin1(int start, int length) {
        ByteReader owner = root == null ? this : root;
        byte[] latin1 = owner.scratch;
        if (latin1 == null || latin1.length < length) {
            // a string is at most half the input, so the scratch never outgrows the bytes that were given
            latin1 = new byte[Math.max(length, 64)];
            owner.scratch = latin1;
        }
        int c = 0;
        int p = start;
        for (; c + 4 <= length; c += 4, p += 8) {
            long x = (long) LONG_LE.get(data, p) & 0x00FF00FF00FF00FFL;
            x = (x | x >>> 8) & 0x0000FFFF0000FFFFL;
            INT_LE.set(latin1, c, (int) (x | x >>> 16));
        }
        for (; c < length; c++, p += 2) {
            latin1[c] = data[p];
        }
        return new String(latin1, 0, length, StandardCharsets.ISO_8859_1);
    }

    /** The string of {@code length} UTF-16LE code units at {@code start}, taken as they are. */
    private String utf16(int start, int length) {
        char[] chars = new char[length];
        for (int c = 0, p = start; c < length; c++, p += 2) {
            chars[c] = (char) (short) SHORT_LE.get(data, p);
        }
        return new String(chars);
    }

    /**
     * A null-terminated 8-bit string (decoded as Windows-1252, the usual code page of PtypString8).
     * Windows-1252 equals ISO-8859-1 outside 0x80..0x9F, so other strings take the Latin-1 fast path.
     */
    public String ascii8z() {
        int start = position;
        int i = position;
        // bit 7 of a byte set when the byte is 0x80..0x9F, where Windows-1252 and ISO-8859-1 differ
        long windows = 0;
        int terminator = -1;
        // eight bytes at a time; the lowest byte the zero test flags is the terminator
        while (i + 8 <= end) {
            long v = (long) LONG_LE.get(data, i);
            long zeros = (v - 0x0101010101010101L) & ~v & 0x8080808080808080L;
            if (zeros != 0) {
                int count = Long.numberOfTrailingZeros(zeros) >>> 3;
                long before = v & ((1L << 8 * count) - 1);
                windows |= before & ~(before << 1) & ~(before << 2) & 0x8080808080808080L;
                terminator = i + count;
                break;
            }
            windows |= v & ~(v << 1) & ~(v << 2) & 0x8080808080808080L;
            i += 8;
        }
        if (terminator < 0) {
            // the last bytes of the input, one at a time
            while (true) {
                if (i >= end) {
                    throw new MapiCodecException("8-bit string at offset " + start + " has no terminator");
                }
                byte b = data[i];
                if (b == 0) {
                    break;
                }
                windows |= (b & 0xE0) == 0x80 ? 0x80 : 0;
                i++;
            }
            terminator = i;
        }
        String s = terminator == start ? ""
                : new String(data, start, terminator - start, windows == 0 ? StandardCharsets.ISO_8859_1 : WINDOWS_1252);
        position = terminator + 1;
        return s;
    }
}
