package org.interchange.mapi.codec.rop;

import java.util.List;
import java.util.function.Consumer;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.internal.FrozenList;
import org.interchange.mapi.codec.internal.PropertyTagList;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyProblem;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.PropertyValueCodec;

/** Field helpers shared by the ROP records, [MS-OXCROPS] 2.2.1. */
final class RopWire {
    /** ecDstNullObject, [MS-OXCDATA] 2.4: the failure that adds DestHandleIndex to copy and move responses. */
    static final int EC_DST_NULL_OBJECT = 0x00000503;

    private RopWire() {
    }

    /** Fails when a response carries a DestHandleIndex although its ReturnValue is not ecDstNullObject. */
    static void requireDestOnlyForNullObject(int returnValue, long destHandleIndex, String rop) {
        if (returnValue != EC_DST_NULL_OBJECT && destHandleIndex != 0) {
            throw new MapiCodecException(rop + " sends DestHandleIndex only with ecDstNullObject");
        }
    }

    /** A null-terminated string, UTF-16LE when {@code unicode}, else 8-bit. */
    static String string(ByteReader in, boolean unicode) {
        return unicode ? in.utf16z() : in.ascii8z();
    }

    static void writeString(ByteWriter out, String value, boolean unicode) {
        if (unicode) {
            out.utf16z(value);
        } else {
            out.ascii8z(value);
        }
    }

    /** {@code count} null-terminated 8-bit strings. */
    static List<String> readStrings(ByteReader in, int count, String field) {
        requireItems(in, count, 1, field);
        String[] strings = new String[count];
        for (int i = 0; i < count; i++) {
            strings[i] = in.ascii8z();
        }
        return FrozenList.adopt(strings);
    }

    static void requestHeader(ByteWriter out, RopId id, int logonId, int handleIndex) {
        out.u8(id.code()).u8(u8(logonId, "LogonId")).u8(u8(handleIndex, "handle index"));
    }

    static void responseHeader(ByteWriter out, RopId id, int handleIndex, int returnValue) {
        out.u8(id.code()).u8(u8(handleIndex, "handle index")).i32(returnValue);
    }

    static int u8(int value, String field) {
        if (value < 0 || value > 0xFF) {
            throw new MapiCodecException(field + " " + value + " does not fit one byte");
        }
        return value;
    }

    static int u16(int value, String field) {
        if (value < 0 || value > 0xFFFF) {
            throw new MapiCodecException(field + " " + value + " does not fit two bytes");
        }
        return value;
    }

    static boolean bool(ByteReader in) {
        return in.u8() != 0;
    }

    static List<PropertyTag> readTags(ByteReader in, int count) {
        return PropertyTagList.adopt(in.i32s(count, count, "property tags"));
    }

    /** Writes a 16-bit count then the tags. */
    static void writeTags(ByteWriter out, List<PropertyTag> tags, String field) {
        out.u16(u16(tags.size(), field));
        for (PropertyTag tag : tags) {
            out.i32(tag.value());
        }
    }

    /** Fails unless {@code count} items of at least {@code minSize} bytes can follow. */
    static void requireItems(ByteReader in, long count, int minSize, String what) {
        if (count * minSize > in.remaining()) {
            throw new MapiCodecException(what + ": " + count + " claimed at offset " + in.position()
                    + " but only " + in.remaining() + " bytes remain");
        }
    }

    /** Writes a 16-bit size then the bytes {@code body} writes, the size counting only the body. */
    static void writeSized(ByteWriter out, Consumer<ByteWriter> body, String field) {
        int at = out.size();
        out.u16(0);
        body.accept(out);
        out.patchU16(at, u16(out.size() - at - 2, field));
    }

    /** Reads {@code count} 8-byte folder or message ids. */
    static List<Long> readIds(ByteReader in, int count) {
        in.require(count * 8, count, "ids");
        Long[] ids = new Long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = in.i64();
        }
        return FrozenList.adopt(ids);
    }

    /** Writes a 16-bit count then the 8-byte ids. */
    static void writeIds(ByteWriter out, List<Long> ids, String field) {
        out.u16(u16(ids.size(), field));
        ids.forEach(out::i64);
    }

    /** Reads {@code count} TaggedPropertyValues ([MS-OXCDATA] 2.11.4). */
    static List<PropertyValue> readTaggedValues(ByteReader in, int count) {
        requireItems(in, count, 4, "TaggedPropertyValues");
        PropertyValue[] values = new PropertyValue[count];
        for (int i = 0; i < count; i++) {
            values[i] = PropertyValueCodec.ROP.readTagged(in);
        }
        return FrozenList.adopt(values);
    }

    /** Writes a 16-bit count then the TaggedPropertyValues. */
    static void writeTaggedValues(ByteWriter out, List<PropertyValue> values, String field) {
        out.u16(u16(values.size(), field));
        values.forEach(v -> PropertyValueCodec.ROP.writeTagged(out, v));
    }

    /** PropertyValueSize, PropertyValueCount and the values, as in RopSetProperties ([MS-OXCROPS] 2.2.8.6.1). */
    static List<PropertyValue> readSizedTaggedValues(ByteReader in, String rop) {
        ByteReader body = in.slice(in.u16(), rop, "PropertyValueSize");
        List<PropertyValue> values = readTaggedValues(body, body.u16());
        if (body.hasRemaining()) {
            throw new MapiCodecException(rop + " PropertyValueSize leaves " + body.remaining() + " unread bytes");
        }
        return values;
    }

    static void writeSizedTaggedValues(ByteWriter out, List<PropertyValue> values) {
        writeSized(out, body -> writeTaggedValues(body, values, "PropertyValueCount"), "PropertyValueSize");
    }

    /** PropertyProblemCount and the problems ([MS-OXCDATA] 2.7). */
    static List<PropertyProblem> readProblems(ByteReader in, String rop) {
        int count = in.u16();
        requireItems(in, count, PropertyProblem.SIZE, rop + " PropertyProblems");
        PropertyProblem[] problems = new PropertyProblem[count];
        for (int i = 0; i < count; i++) {
            problems[i] = PropertyProblem.decode(in);
        }
        return FrozenList.adopt(problems);
    }

    static void writeProblems(ByteWriter out, List<PropertyProblem> problems) {
        out.u16(u16(problems.size(), "PropertyProblemCount"));
        problems.forEach(p -> p.encode(out));
    }
}
