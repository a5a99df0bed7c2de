package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;

/** RopDeleteProperties request, [MS-OXCROPS] 2.2.8.8.1. */
public record RopDeletePropertiesRequest(int logonId, int inputHandleIndex, List<PropertyTag> propertyTags)
        implements RopRequest {

    public RopDeletePropertiesRequest {
        propertyTags = FrozenList.copyOf(propertyTags);
    }

    @Override
    public RopId ropId() {
        return RopId.DELETE_PROPERTIES;
    }

    static RopDeletePropertiesRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        List<PropertyTag> propertyTags = RopWire.readTags(in, in.u16());
        return new RopDeletePropertiesRequest(logonId, inputHandleIndex, propertyTags);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        RopWire.writeTags(out, propertyTags, "PropertyTagCount");
    }
}
