package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyName;

/** RopGetNamesFromPropertyIds success response, [MS-OXCROPS] 2.2.8.2.2: one PropertyName per id. */
public record RopGetNamesFromPropertyIdsResponse(int handleIndex, List<PropertyName> propertyNames)
        implements RopResponse {

    public RopGetNamesFromPropertyIdsResponse {
        propertyNames = FrozenList.copyOf(propertyNames);
    }

    @Override
    public RopId ropId() {
        return RopId.GET_NAMES_FROM_PROPERTY_IDS;
    }

    static RopGetNamesFromPropertyIdsResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        int count = in.u16();
        RopWire.requireItems(in, count, 17, "RopGetNamesFromPropertyIds PropertyNames");
        List<PropertyName> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(PropertyName.decode(in));
        }
        return new RopGetNamesFromPropertyIdsResponse(handleIndex, names);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u16(RopWire.u16(propertyNames.size(), "PropertyNameCount"));
        propertyNames.forEach(name -> name.encode(out));
    }
}
