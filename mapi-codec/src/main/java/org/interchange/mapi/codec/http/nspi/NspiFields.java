package org.interchange.mapi.codec.http.nspi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * Field forms shared by the NSPI bodies of [MS-OXCMAPIHTTP] 2.2.5: Has* flag bytes (zero = absent,
 * written as 0xFF when present), optional STAT blocks, MId arrays, LargePropertyTagArrays
 * ([MS-OXCDATA] 2.9.2), string arrays and the trailing AuxiliaryBuffer. Every count is checked
 * against the bytes that remain before anything is allocated.
 */
final class NspiFields {
    static final int PRESENT = 0xFF;

    private NspiFields() {
    }

    static boolean has(ByteReader r, String field) {
        r.require(1, "Has" + field);
        return r.u8() != 0;
    }

    static void has(ByteWriter w, boolean present) {
        w.u8(present ? PRESENT : 0);
    }

    static Optional<Stat> optionalStat(ByteReader r) {
        return has(r, "State") ? Optional.of(Stat.read(r)) : Optional.empty();
    }

    static void optionalStat(ByteWriter w, Optional<Stat> stat) {
        has(w, stat.isPresent());
        stat.ifPresent(s -> s.write(w));
    }

    /** A 32-bit count whose items take at least {@code minItemSize} bytes each. */
    static int count(ByteReader r, int minItemSize, String field) {
        long count = r.u32();
        if (count * minItemSize > r.remaining()) {
            throw new MapiCodecException(field + " claims " + count + " items at offset " + r.position()
                    + " but only " + r.remaining() + " bytes remain");
        }
        return (int) count;
    }

    static List<Integer> mids(ByteReader r, String field) {
        int count = count(r, 4, field);
        List<Integer> mids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            mids.add(r.i32());
        }
        return List.copyOf(mids);
    }

    static void mids(ByteWriter w, List<Integer> mids) {
        w.i32(mids.size());
        mids.forEach(w::i32);
    }

    static Optional<List<Integer>> optionalMids(ByteReader r, String field) {
        return has(r, field) ? Optional.of(mids(r, field)) : Optional.empty();
    }

    static void optionalMids(ByteWriter w, Optional<List<Integer>> mids) {
        has(w, mids.isPresent());
        mids.ifPresent(m -> mids(w, m));
    }

    /** A LargePropertyTagArray, [MS-OXCDATA] 2.9.2. */
    static List<PropertyTag> tags(ByteReader r, String field) {
        int count = count(r, 4, field);
        List<PropertyTag> tags = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tags.add(new PropertyTag(r.i32()));
        }
        return List.copyOf(tags);
    }

    static void tags(ByteWriter w, List<PropertyTag> tags) {
        w.i32(tags.size());
        tags.forEach(t -> w.i32(t.value()));
    }

    static Optional<List<PropertyTag>> optionalTags(ByteReader r, String field) {
        return has(r, field) ? Optional.of(tags(r, field)) : Optional.empty();
    }

    static void optionalTags(ByteWriter w, Optional<List<PropertyTag>> tags) {
        has(w, tags.isPresent());
        tags.ifPresent(t -> tags(w, t));
    }

    /** A StringArray_r of null-terminated 8-bit strings, [MS-OXCMAPIHTTP] 2.2.5.4.1. */
    static List<String> asciiStrings(ByteReader r, String field) {
        int count = count(r, 1, field);
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            strings.add(r.ascii8z());
        }
        return List.copyOf(strings);
    }

    static void asciiStrings(ByteWriter w, List<String> strings) {
        w.i32(strings.size());
        strings.forEach(w::ascii8z);
    }

    /** A WStringArray_r of null-terminated UTF-16LE strings, [MS-OXCMAPIHTTP] 2.2.5.14.1. */
    static List<String> utf16Strings(ByteReader r, String field) {
        int count = count(r, 2, field);
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            strings.add(r.utf16z());
        }
        return List.copyOf(strings);
    }

    static void utf16Strings(ByteWriter w, List<String> strings) {
        w.i32(strings.size());
        strings.forEach(w::utf16z);
    }

    /** AuxiliaryBufferSize and AuxiliaryBuffer, which end every body; nothing may follow. */
    static AuxiliaryBuffer auxAndEnd(ByteReader r, String body) {
        long size = r.u32();
        if (size > r.remaining()) {
            throw new MapiCodecException(body + " AuxiliaryBufferSize " + size + " exceeds the "
                    + r.remaining() + " bytes left");
        }
        AuxiliaryBuffer aux = AuxiliaryBuffer.of(r.bytes((int) size));
        if (r.hasRemaining()) {
            throw new MapiCodecException(body + " has " + r.remaining() + " unexpected trailing bytes");
        }
        return aux;
    }

    static byte[] aux(ByteWriter w, AuxiliaryBuffer aux) {
        w.i32(aux.size());
        w.bytes(aux.raw());
        return w.toByteArray();
    }

    static void requireNoNul(String value, String field) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(field + " must not contain NUL");
        }
    }
}
