package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyValue;

/** RopGetPropertiesAll success response, [MS-OXCROPS] 2.2.8.4.2: a count then TaggedPropertyValues. */
public record RopGetPropertiesAllResponse(int handleIndex, List<PropertyValue> propertyValues) implements RopResponse {

    public RopGetPropertiesAllResponse {
        propertyValues = FrozenList.copyOf(propertyValues);
    }

    @Override
    public RopId ropId() {
        return RopId.GET_PROPERTIES_ALL;
    }

    static RopGetPropertiesAllResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopGetPropertiesAllResponse(handleIndex, RopWire.readTaggedValues(in, in.u16()));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        RopWire.writeTaggedValues(out, propertyValues, "PropertyValueCount");
    }
}
