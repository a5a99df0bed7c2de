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
 * allocation larger than the bytes that remain.
 */
public final class ByteReader {
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private final byte[] data;
    private final int end;
    private int position;

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
        int v = (data[position] & 0xFF) | (data[position + 1] & 0xFF) << 8;
        position += 2;
        return v;
    }

    public int i32() {
        require(4, "uint32");
        int v = (data[position] & 0xFF) | (data[position + 1] & 0xFF) << 8
                | (data[position + 2] & 0xFF) << 16 | (data[position + 3] & 0xFF) << 24;
        position += 4;
        return v;
    }

    public long u32() {
        return i32() & 0xFFFFFFFFL;
    }

    public long i64() {
        require(8, "uint64");
        long low = u32();
        long high = u32();
        return low | high << 32;
    }

    public byte[] bytes(int count) {
        return bytes(count, "byte array");
    }

    /** The next {@code count} bytes; a failure names {@code what}. */
    public byte[] bytes(int count, String what) {
        require(count, what);
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
        ByteReader s = new ByteReader(data, position, count);
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
        int high = 0;
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
        int length = (i - start) >> 1;
        position = i + 2;
        if (high == 0) {
            // every code unit is below U+0100: the low bytes are the Latin-1 string
            byte[] latin1 = new byte[length];
            for (int c = 0, p = start; c < length; c++, p += 2) {
                latin1[c] = data[p];
            }
            return new String(latin1, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[length];
        for (int c = 0, p = start; c < length; c++, p += 2) {
            chars[c] = (char) (data[p] & 0xFF | (data[p + 1] & 0xFF) << 8);
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
        boolean latin1 = true;
        // eight bytes at a time while none of them is the terminator
        while (i + 8 <= end) {
            long v = (long) LONG_LE.get(data, i);
            if (((v - 0x0101010101010101L) & ~v & 0x8080808080808080L) != 0) {
                break;
            }
            latin1 &= (v & ~(v << 1) & ~(v << 2) & 0x8080808080808080L) == 0;
            i += 8;
        }
        while (true) {
            if (i >= end) {
                throw new MapiCodecException("8-bit string at offset " + start + " has no terminator");
            }
            byte b = data[i];
            if (b == 0) {
                break;
            }
            latin1 &= (b & 0xE0) != 0x80;
            i++;
        }
        String s = new String(data, start, i - start, latin1 ? StandardCharsets.ISO_8859_1 : WINDOWS_1252);
        position = i + 1;
        return s;
    }
}
