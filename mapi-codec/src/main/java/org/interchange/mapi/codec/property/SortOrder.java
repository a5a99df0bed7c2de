package org.interchange.mapi.codec.property;

import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * A SortOrder, [MS-OXCDATA] 2.13.1: PropertyType and PropertyId (the tag, which may carry the
 * multi-valued-instance flag 0x2000) and Order: 0x00 ascending, 0x01 descending, 0x04 maximum
 * of a category, 0x08 minimum of a category.
 */
public record SortOrder(PropertyTag propertyTag, int order) {
    public static final int SIZE = 5;
    public static final int ASCENDING = 0x00;
    public static final int DESCENDING = 0x01;
    public static final int CATEGORY_MAXIMUM = 0x04;
    public static final int CATEGORY_MINIMUM = 0x08;

    public SortOrder {
        Objects.requireNonNull(propertyTag, "propertyTag");
        if (order < 0 || order > 0xFF) {
            throw new MapiCodecException("SortOrder Order " + order + " does not fit a byte");
        }
    }

    public static SortOrder decode(ByteReader in) {
        int type = in.u16();
        int id = in.u16();
        return new SortOrder(new PropertyTag(id << 16 | type), in.u8());
    }

    public void encode(ByteWriter out) {
        out.u16(propertyTag.typeCode()).u16(propertyTag.id()).u8(order);
    }
}
