package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;

/** RopGetPropertiesSpecific request, [MS-OXCROPS] 2.2.8.3.1: PropertySizeLimit, WantUnicode and the tags. */
public record RopGetPropertiesSpecificRequest(int logonId, int inputHandleIndex, int propertySizeLimit,
                                              int wantUnicode, List<PropertyTag> propertyTags) implements RopRequest {

    public RopGetPropertiesSpecificRequest {
        propertyTags = FrozenList.copyOf(propertyTags);
    }

    @Override
    public RopId ropId() {
        return RopId.GET_PROPERTIES_SPECIFIC;
    }

    static RopGetPropertiesSpecificRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        int sizeLimit = in.u16();
        int wantUnicode = in.u16();
        return new RopGetPropertiesSpecificRequest(logonId, index, sizeLimit, wantUnicode, RopWire.readTags(in, in.u16()));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u16(RopWire.u16(propertySizeLimit, "PropertySizeLimit")).u16(RopWire.u16(wantUnicode, "WantUnicode"));
        RopWire.writeTags(out, propertyTags, "PropertyTagCount");
    }
}
