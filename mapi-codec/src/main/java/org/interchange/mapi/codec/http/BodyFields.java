package org.interchange.mapi.codec.http;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/** Field helpers shared by the EMSMDB request and response bodies of [MS-OXCMAPIHTTP] 2.2.4. */
final class BodyFields {
    private BodyFields() {
    }

    /** A 4-byte size followed by that many bytes; the size is checked against the bytes that remain. */
    static byte[] sizedBytes(ByteReader r, String field) {
        long size = r.u32();
        if (size > r.remaining()) {
            throw new MapiCodecException(field + "Size " + size + " exceeds the " + r.remaining()
                    + " bytes left in the body");
        }
        return r.bytes((int) size);
    }

    static void sizedBytes(ByteWriter w, byte[] value) {
        w.i32(value.length);
        w.bytes(value);
    }

    static void expectEnd(ByteReader r, String body) {
        if (r.hasRemaining()) {
            throw new MapiCodecException(body + " has " + r.remaining() + " unexpected trailing bytes");
        }
    }

    static void requireAscii(String value, String field) {
        if (!value.chars().allMatch(c -> c > 0 && c < 0x80)) {
            throw new IllegalArgumentException(field + " must be ASCII without NUL");
        }
    }

    static void requireNoNul(String value, String field) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(field + " must not contain NUL");
        }
    }
}
