package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;

/** RopQueryColumnsAll success response: every column of the table, [MS-OXCROPS] 2.2.5.12.2. */
public record RopQueryColumnsAllResponse(int handleIndex, List<PropertyTag> propertyTags) implements RopResponse {

    public RopQueryColumnsAllResponse {
        propertyTags = FrozenList.copyOf(propertyTags);
    }

    @Override
    public RopId ropId() {
        return RopId.QUERY_COLUMNS_ALL;
    }

    static RopQueryColumnsAllResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        List<PropertyTag> propertyTags = RopWire.readTags(in, in.u16());
        return new RopQueryColumnsAllResponse(handleIndex, propertyTags);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        RopWire.writeTags(out, propertyTags, "PropertyTagCount");
    }
}
