package org.interchange.mapi.codec.property;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * A property that could not be set or deleted, [MS-OXCDATA] 2.7: the index of the property in the
 * request, its tag and the error code.
 */
public record PropertyProblem(int index, PropertyTag propertyTag, int errorCode) {

    /** Wire size of one PropertyProblem. */
    public static final int SIZE = 10;

    public static PropertyProblem decode(ByteReader in) {
        return new PropertyProblem(in.u16(), new PropertyTag(in.i32()), in.i32());
    }

    public void encode(ByteWriter out) {
        out.u16(index).i32(propertyTag.value()).i32(errorCode);
    }
}
