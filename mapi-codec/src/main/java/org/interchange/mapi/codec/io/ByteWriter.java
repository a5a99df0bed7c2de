package org.interchange.mapi.codec.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/** Little-endian growable output buffer ([MS-OXCDATA] 2: MAPI structures are little-endian), the twin of {@link ByteReader}. */
public final class ByteWriter {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private byte[] buf;
    private int size;

    public ByteWriter() {
        this(64);
    }

    public ByteWriter(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }

    public int size() {
        return size;
    }

    public ByteWriter u8(int v) {
        ensure(1);
        buf[size++] = (byte) v;
        return this;
    }

    public ByteWriter u16(int v) {
        ensure(2);
        buf[size++] = (byte) v;
        buf[size++] = (byte) (v >>> 8);
        return this;
    }

    public ByteWriter i32(int v) {
        ensure(4);
        buf[size++] = (byte) v;
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 24);
        return this;
    }

    public ByteWriter i64(long v) {
        i32((int) v);
        i32((int) (v >>> 32));
        return this;
    }

    public ByteWriter bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    public ByteWriter bytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
        return this;
    }

    /** Overwrites a uint16 written earlier, for sizes known only after the body (e.g. RopSize). */
    public void patchU16(int at, int v) {
        buf[at] = (byte) v;
        buf[at + 1] = (byte) (v >>> 8);
    }

    public void patchI32(int at, int v) {
        buf[at] = (byte) v;
        buf[at + 1] = (byte) (v >>> 8);
        buf[at + 2] = (byte) (v >>> 16);
        buf[at + 3] = (byte) (v >>> 24);
    }

    public ByteWriter guid(UUID g) {
        long msb = g.getMostSignificantBits();
        i32((int) (msb >>> 32));
        u16((int) (msb >>> 16));
        u16((int) msb);
        long lsb = g.getLeastSignificantBits();
        for (int i = 7; i >= 0; i--) {
            u8((int) (lsb >>> (i * 8)));
        }
        return this;
    }

    /**
     * A null-terminated UTF-16LE string, written code unit by code unit as {@link ByteReader#utf16z}
     * reads it (an unpaired surrogate stays one), without a charset encoder.
     */
    public ByteWriter utf16z(String s) {
        int length = s.length();
        if (length > (Integer.MAX_VALUE - 2) / 2) {
            throw new MapiCodecException("string of " + length + " characters is too long for a byte array");
        }
        ensure(2 * length + 2);
        for (int i = 0; i < length; i++) {
            SHORT_LE.set(buf, size + 2 * i, (short) s.charAt(i));
        }
        size += 2 * length;
        return u16(0);
    }

    /** A null-terminated Windows-1252 string; characters that agree with ISO-8859-1 are copied directly. */
    public ByteWriter ascii8z(String s) {
        int length = s.length();
        ensure(length + 1);
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c > 0xFF || (c & 0xE0) == 0x80) {
                bytes(s.getBytes(WINDOWS_1252));
                return u8(0);
            }
            buf[size + i] = (byte) c;
        }
        size += length;
        return u8(0);
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    /** A copy of the bytes written at offsets {@code from} (inclusive) to {@code to} (exclusive). */
    public byte[] copyOfRange(int from, int to) {
        Objects.checkFromToIndex(from, to, size);
        return Arrays.copyOfRange(buf, from, to);
    }

    /** Forgets the first {@code count} bytes written: what follows them moves to offset 0. */
    public void discard(int count) {
        Objects.checkFromToIndex(0, count, size);
        System.arraycopy(buf, count, buf, 0, size - count);
        size -= count;
    }
}
