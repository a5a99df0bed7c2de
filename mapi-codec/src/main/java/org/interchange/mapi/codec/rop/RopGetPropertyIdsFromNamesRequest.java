package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyName;

/**
 * RopGetPropertyIdsFromNames request, [MS-OXCROPS] 2.2.8.1.1: Flags (0x02 Create) and the names;
 * an empty list asks for every named property of the store.
 */
public record RopGetPropertyIdsFromNamesRequest(int logonId, int inputHandleIndex, int flags,
                                                List<PropertyName> propertyNames) implements RopRequest {
    public static final int FLAG_CREATE = 0x02;

    public RopGetPropertyIdsFromNamesRequest {
        propertyNames = FrozenList.copyOf(propertyNames);
    }

    @Override
    public RopId ropId() {
        return RopId.GET_PROPERTY_IDS_FROM_NAMES;
    }

    static RopGetPropertyIdsFromNamesRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        int flags = in.u8();
        int count = in.u16();
        RopWire.requireItems(in, count, 17, "RopGetPropertyIdsFromNames PropertyNames");
        List<PropertyName> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(PropertyName.decode(in));
        }
        return new RopGetPropertyIdsFromNamesRequest(logonId, index, flags, names);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(flags, "Flags")).u16(RopWire.u16(propertyNames.size(), "PropertyNameCount"));
        propertyNames.forEach(n -> n.encode(out));
    }
}
