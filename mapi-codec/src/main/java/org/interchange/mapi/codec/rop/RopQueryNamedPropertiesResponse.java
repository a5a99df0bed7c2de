package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyName;

/**
 * RopQueryNamedProperties success response, [MS-OXCROPS] 2.2.8.10.2: IdCount, the property ids,
 * then one PropertyName ([MS-OXCDATA] 2.6.1) per id, in the same order.
 */
public record RopQueryNamedPropertiesResponse(int handleIndex, List<Integer> propertyIds,
                                              List<PropertyName> propertyNames) implements RopResponse {

    public RopQueryNamedPropertiesResponse {
        propertyIds = FrozenList.copyOf(propertyIds);
        propertyNames = FrozenList.copyOf(propertyNames);
        if (propertyIds.size() != propertyNames.size()) {
            throw new MapiCodecException("RopQueryNamedProperties has " + propertyIds.size() + " ids but "
                    + propertyNames.size() + " names");
        }
    }

    @Override
    public RopId ropId() {
        return RopId.QUERY_NAMED_PROPERTIES;
    }

    static RopQueryNamedPropertiesResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        int count = in.u16();
        RopWire.requireItems(in, count, 2 + 17, "RopQueryNamedProperties PropertyIds and PropertyNames");
        List<Integer> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(in.u16());
        }
        List<PropertyName> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(PropertyName.decode(in));
        }
        return new RopQueryNamedPropertiesResponse(handleIndex, ids, names);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u16(RopWire.u16(propertyIds.size(), "IdCount"));
        propertyIds.forEach(id -> out.u16(RopWire.u16(id, "PropertyId")));
        propertyNames.forEach(name -> name.encode(out));
    }
}
