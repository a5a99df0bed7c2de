package org.interchange.mapi.codec.ids;

import java.util.Arrays;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.MapiCodecException;

/** Checks shared by the entry ID decoders of [MS-OXCDATA] 2.2.4 and 2.2.5. */
final class EntryIds {
    private EntryIds() {
    }

    static void requireSize(byte[] bytes, int size, String what) {
        if (bytes.length != size) {
            throw new MapiCodecException(what + " takes " + size + " bytes, not " + bytes.length);
        }
    }

    static void requireEnd(ByteReader in, String what) {
        if (in.hasRemaining()) {
            throw new MapiCodecException(what + " has " + in.remaining() + " trailing bytes");
        }
    }

    static void requireProvider(ByteReader in, byte[] expected, String what) {
        byte[] provider = in.bytes(16, what + " ProviderUID");
        if (!Arrays.equals(provider, expected)) {
            throw new MapiCodecException(what + " has the wrong ProviderUID");
        }
    }

    /** A null-terminated string that must be ASCII ([MS-OXCDATA] uses ASCII for DNs and server names). */
    static String ascii(ByteReader in, String what) {
        String s = in.ascii8z();
        if (!s.chars().allMatch(c -> c < 0x80)) {
            throw new MapiCodecException(what + " is not ASCII");
        }
        return s;
    }

    static void requireAscii(String s, String what) {
        if (s.indexOf('\0') >= 0 || !s.chars().allMatch(c -> c < 0x80)) {
            throw new MapiCodecException(what + " must be ASCII without NUL characters");
        }
    }
}
