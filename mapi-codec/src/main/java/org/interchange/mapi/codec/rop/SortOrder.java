package org.interchange.mapi.codec.rop;

import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * A SortOrder, [MS-OXCDATA] 2.13.1: the column (PropertyType then PropertyId, i.e. the tag) and
 * Order (0x00 ascending, 0x01 descending, 0x04 maximum of category, 0x08 minimum of category).
 */
public record SortOrder(PropertyTag propertyTag, int order) {
    public static final int ASCENDING = 0x00;
    public static final int DESCENDING = 0x01;

    public SortOrder {
        Objects.requireNonNull(propertyTag, "propertyTag");
    }

    static SortOrder decode(ByteReader in) {
        return new SortOrder(new PropertyTag(in.i32()), in.u8());
    }

    void encode(ByteWriter out) {
        out.i32(propertyTag.value()).u8(RopWire.u8(order, "Order"));
    }
}
