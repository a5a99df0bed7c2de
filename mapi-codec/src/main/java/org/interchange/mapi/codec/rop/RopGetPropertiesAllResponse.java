package org.interchange.mapi.codec.rop;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.PropertyValueCodec;

/** RopGetPropertiesAll success response, [MS-OXCROPS] 2.2.8.4.2: a count then TaggedPropertyValues. */
public record RopGetPropertiesAllResponse(int handleIndex, List<PropertyValue> propertyValues) implements RopResponse {

    public RopGetPropertiesAllResponse {
        propertyValues = List.copyOf(propertyValues);
    }

    @Override
    public RopId ropId() {
        return RopId.GET_PROPERTIES_ALL;
    }

    static RopGetPropertiesAllResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopGetPropertiesAllResponse(handleIndex, readTaggedValues(in, in.u16()));
    }

    static List<PropertyValue> readTaggedValues(ByteReader in, int count) {
        RopWire.requireItems(in, count, 4, "TaggedPropertyValues");
        List<PropertyValue> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(PropertyValueCodec.ROP.readTagged(in));
        }
        return values;
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u16(RopWire.u16(propertyValues.size(), "PropertyValueCount"));
        propertyValues.forEach(v -> PropertyValueCodec.ROP.writeTagged(out, v));
    }
}
