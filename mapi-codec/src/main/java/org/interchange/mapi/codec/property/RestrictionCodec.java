package org.interchange.mapi.codec.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * Reads and writes {@link Restriction}s, [MS-OXCDATA] 2.12. {@link #ROP} uses the 16-bit
 * RestrictCount and value counts of ROP buffers; {@link #WIDE} the 32-bit counts of extended rules
 * and MAPI/HTTP. Nesting deeper than {@link #MAX_DEPTH} is rejected.
 */
public final class RestrictionCodec {
    public static final RestrictionCodec ROP = new RestrictionCodec(false, PropertyValueCodec.ROP);
    public static final RestrictionCodec WIDE = new RestrictionCodec(true, PropertyValueCodec.WIDE);

    /** Deepest nesting accepted, far beyond what clients send, to keep recursion bounded. */
    public static final int MAX_DEPTH = 64;

    private final boolean wideCounts;
    private final PropertyValueCodec values;

    private RestrictionCodec(boolean wideCounts, PropertyValueCodec values) {
        this.wideCounts = wideCounts;
        this.values = values;
    }

    /** Decodes a restriction that fills {@code bytes} exactly. */
    public Restriction decode(byte[] bytes) {
        ByteReader in = new ByteReader(bytes);
        Restriction restriction = read(in);
        if (in.hasRemaining()) {
            throw new MapiCodecException("restriction leaves " + in.remaining() + " unread bytes");
        }
        return restriction;
    }

    public byte[] encode(Restriction restriction) {
        ByteWriter out = new ByteWriter();
        write(out, restriction);
        return out.toByteArray();
    }

    public Restriction read(ByteReader in) {
        return read(in, 1);
    }

    Restriction read(ByteReader in, int depth) {
        if (depth > MAX_DEPTH) {
            throw new MapiCodecException("restriction nested deeper than " + MAX_DEPTH + " at offset " + in.position());
        }
        int type = in.u8();
        return switch (type) {
            case 0x00 -> new Restriction.And(readList(in, depth));
            case 0x01 -> new Restriction.Or(readList(in, depth));
            case 0x02 -> new Restriction.Not(read(in, depth + 1));
            case 0x03 -> new Restriction.Content(in.u16(), in.u16(), new PropertyTag(in.i32()), values.readTagged(in, depth + 1));
            case 0x04 -> new Restriction.Property(in.u8(), new PropertyTag(in.i32()), values.readTagged(in, depth + 1));
            case 0x05 -> new Restriction.CompareProperties(in.u8(), new PropertyTag(in.i32()), new PropertyTag(in.i32()));
            case 0x06 -> new Restriction.BitMask(in.u8(), new PropertyTag(in.i32()), in.i32());
            case 0x07 -> new Restriction.Size(in.u8(), new PropertyTag(in.i32()), in.i32());
            case 0x08 -> new Restriction.Exist(new PropertyTag(in.i32()));
            case 0x09 -> new Restriction.SubObject(new PropertyTag(in.i32()), read(in, depth + 1));
            case 0x0A -> readComment(in, depth);
            case 0x0B -> new Restriction.Count(in.u32(), read(in, depth + 1));
            default -> throw new MapiCodecException("unknown RestrictType 0x" + Integer.toHexString(type)
                    + " at offset " + (in.position() - 1));
        };
    }

    private List<Restriction> readList(ByteReader in, int depth) {
        long count = wideCounts ? in.u32() : in.u16();
        if (count > in.remaining()) {
            throw new MapiCodecException("RestrictCount " + count + " at offset " + in.position()
                    + " exceeds the " + in.remaining() + " bytes left");
        }
        List<Restriction> list = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            list.add(read(in, depth + 1));
        }
        return list;
    }

    private Restriction readComment(ByteReader in, int depth) {
        int count = in.u8();
        if (count * 4 > in.remaining()) {
            throw new MapiCodecException("CommentRestriction claims " + count + " values but only "
                    + in.remaining() + " bytes remain");
        }
        List<PropertyValue> tagged = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tagged.add(values.readTagged(in, depth + 1));
        }
        boolean present = in.u8() != 0;
        return new Restriction.Comment(tagged, present ? Optional.of(read(in, depth + 1)) : Optional.empty());
    }

    public void write(ByteWriter out, Restriction restriction) {
        out.u8(restriction.restrictType());
        switch (restriction) {
            case Restriction.And and -> writeList(out, and.restrictions());
            case Restriction.Or or -> writeList(out, or.restrictions());
            case Restriction.Not not -> write(out, not.restriction());
            case Restriction.Content c -> {
                out.u16(c.fuzzyLevelLow()).u16(c.fuzzyLevelHigh()).i32(c.propertyTag().value());
                values.writeTagged(out, c.taggedValue());
            }
            case Restriction.Property p -> {
                out.u8(p.relOp()).i32(p.propertyTag().value());
                values.writeTagged(out, p.taggedValue());
            }
            case Restriction.CompareProperties c ->
                    out.u8(c.relOp()).i32(c.propertyTag1().value()).i32(c.propertyTag2().value());
            case Restriction.BitMask b -> out.u8(b.bitmapRelOp()).i32(b.propertyTag().value()).i32(b.mask());
            case Restriction.Size s -> out.u8(s.relOp()).i32(s.propertyTag().value()).i32(s.size());
            case Restriction.Exist e -> out.i32(e.propertyTag().value());
            case Restriction.SubObject s -> {
                out.i32(s.subobject().value());
                write(out, s.restriction());
            }
            case Restriction.Comment c -> {
                if (c.taggedValues().size() > 0xFF) {
                    throw new MapiCodecException("CommentRestriction holds at most 255 values");
                }
                out.u8(c.taggedValues().size());
                c.taggedValues().forEach(v -> values.writeTagged(out, v));
                out.u8(c.restriction().isPresent() ? 1 : 0);
                c.restriction().ifPresent(r -> write(out, r));
            }
            case Restriction.Count c -> {
                out.i32((int) c.count());
                write(out, c.subRestriction());
            }
        }
    }

    private void writeList(ByteWriter out, List<Restriction> restrictions) {
        if (wideCounts) {
            out.i32(restrictions.size());
        } else {
            if (restrictions.size() > 0xFFFF) {
                throw new MapiCodecException(restrictions.size() + " sub-restrictions do not fit a 16-bit RestrictCount");
            }
            out.u16(restrictions.size());
        }
        restrictions.forEach(r -> write(out, r));
    }
}
