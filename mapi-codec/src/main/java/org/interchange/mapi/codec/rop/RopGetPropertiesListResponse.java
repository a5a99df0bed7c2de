package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;

/** RopGetPropertiesList success response, [MS-OXCROPS] 2.2.8.5.2. */
public record RopGetPropertiesListResponse(int handleIndex, List<PropertyTag> propertyTags) implements RopResponse {

    public RopGetPropertiesListResponse {
        propertyTags = FrozenList.copyOf(propertyTags);
    }

    @Override
    public RopId ropId() {
        return RopId.GET_PROPERTIES_LIST;
    }

    static RopGetPropertiesListResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        List<PropertyTag> propertyTags = RopWire.readTags(in, in.u16());
        return new RopGetPropertiesListResponse(handleIndex, propertyTags);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        RopWire.writeTags(out, propertyTags, "PropertyTagCount");
    }
}
