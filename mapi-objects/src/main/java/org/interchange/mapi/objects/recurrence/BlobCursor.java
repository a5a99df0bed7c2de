package org.interchange.mapi.objects.recurrence;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.interchange.mapi.codec.io.ByteReader;

/** Reads the little-endian fields of a recurrence blob by name, failing with the name of a short field. */
final class BlobCursor {
    static final Charset STRING8 = Charset.forName("windows-1252");
    private final ByteReader in;

    BlobCursor(byte[] blob) {
        this.in = new ByteReader(blob);
    }

    int offset() {
        return in.position();
    }

    int remaining() {
        return in.remaining();
    }

    int u16(String field) {
        need(2, field);
        return in.u16();
    }

    int u32(String field) {
        need(4, field);
        return in.i32();
    }

    /** A count of elements of at least {@code minSize} bytes each, refused unless that many bytes remain. */
    int count(String field, boolean wide, int minSize) {
        long n = wide ? Integer.toUnsignedLong(u32(field)) : u16(field);
        if (n * minSize > in.remaining()) {
            throw new MalformedRecurrenceException(field + ": " + n + " entries of at least " + minSize
                    + " bytes cannot fit in the " + in.remaining() + " bytes left at offset " + in.position());
        }
        return (int) n;
    }

    String string8(int length, String field) {
        need(length, field);
        return new String(in.bytes(length), STRING8);
    }

    String utf16(int chars, String field) {
        need(chars * 2, field);
        return new String(in.bytes(chars * 2), StandardCharsets.UTF_16LE);
    }

    /** Skips a reserved block whose size was read from the blob. */
    void skip(long size, String field) {
        if (size < 0 || size > in.remaining()) {
            throw new MalformedRecurrenceException(field + ": size " + size + " exceeds the " + in.remaining()
                    + " bytes left at offset " + in.position());
        }
        in.skip((int) size);
    }

    private void need(int size, String field) {
        if (size > in.remaining()) {
            throw new MalformedRecurrenceException(field + ": needs " + size + " bytes at offset " + in.position()
                    + " but the blob ends after " + in.remaining());
        }
    }
}
