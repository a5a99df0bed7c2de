package org.interchange.mapi.codec.http.nspi;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.Restriction;

/**
 * The Filter of a GetMatches request, [MS-OXCMAPIHTTP] 2.2.5.5.1: a restriction of [MS-OXCDATA]
 * 2.12 with 32-bit RestrictCounts whose property values are AddressBookTaggedPropertyValues
 * (2.2.1.2). Scope: the restriction types an address book filters with — And, Or, Not, Content,
 * Property, CompareProperties, BitMask, Size and Exist; SubObject, Comment and Count fail with a
 * {@link MapiCodecException} naming the type. Nesting is bounded by {@link #MAX_DEPTH}.
 */
public final class AddressBookRestrictions {
    public static final int MAX_DEPTH = 32;

    private AddressBookRestrictions() {
    }

    public static Restriction read(ByteReader r) {
        return read(r, 1);
    }

    private static Restriction read(ByteReader r, int depth) {
        if (depth > MAX_DEPTH) {
            throw new MapiCodecException("restriction nested deeper than " + MAX_DEPTH + " at offset " + r.position());
        }
        int type = r.u8();
        return switch (type) {
            case 0x00 -> new Restriction.And(list(r, depth));
            case 0x01 -> new Restriction.Or(list(r, depth));
            case 0x02 -> new Restriction.Not(read(r, depth + 1));
            case 0x03 -> new Restriction.Content(r.u16(), r.u16(), new PropertyTag(r.i32()),
                    AddressBookValues.readTagged(r));
            case 0x04 -> new Restriction.Property(r.u8(), new PropertyTag(r.i32()), AddressBookValues.readTagged(r));
            case 0x05 -> new Restriction.CompareProperties(r.u8(), new PropertyTag(r.i32()), new PropertyTag(r.i32()));
            case 0x06 -> new Restriction.BitMask(r.u8(), new PropertyTag(r.i32()), r.i32());
            case 0x07 -> new Restriction.Size(r.u8(), new PropertyTag(r.i32()), r.i32());
            case 0x08 -> new Restriction.Exist(new PropertyTag(r.i32()));
            default -> throw new MapiCodecException("RestrictType 0x" + Integer.toHexString(type) + " at offset "
                    + (r.position() - 1) + " is not supported in an address book filter");
        };
    }

    private static List<Restriction> list(ByteReader r, int depth) {
        int count = NspiFields.count(r, 1, "RestrictCount");
        List<Restriction> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(read(r, depth + 1));
        }
        return list;
    }

    public static void write(ByteWriter w, Restriction restriction) {
        w.u8(restriction.restrictType());
        switch (restriction) {
            case Restriction.And and -> writeList(w, and.restrictions());
            case Restriction.Or or -> writeList(w, or.restrictions());
            case Restriction.Not not -> write(w, not.restriction());
            case Restriction.Content c -> {
                w.u16(c.fuzzyLevelLow()).u16(c.fuzzyLevelHigh()).i32(c.propertyTag().value());
                AddressBookValues.writeTagged(w, c.taggedValue());
            }
            case Restriction.Property p -> {
                w.u8(p.relOp()).i32(p.propertyTag().value());
                AddressBookValues.writeTagged(w, p.taggedValue());
            }
            case Restriction.CompareProperties c ->
                    w.u8(c.relOp()).i32(c.propertyTag1().value()).i32(c.propertyTag2().value());
            case Restriction.BitMask b -> w.u8(b.bitmapRelOp()).i32(b.propertyTag().value()).i32(b.mask());
            case Restriction.Size s -> w.u8(s.relOp()).i32(s.propertyTag().value()).i32(s.size());
            case Restriction.Exist e -> w.i32(e.propertyTag().value());
            default -> throw new IllegalArgumentException(restriction.getClass().getSimpleName()
                    + " restrictions are not supported in an address book filter");
        }
    }

    private static void writeList(ByteWriter w, List<Restriction> restrictions) {
        w.i32(restrictions.size());
        restrictions.forEach(r -> write(w, r));
    }
}
