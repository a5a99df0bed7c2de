package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * RopSetProperties request, [MS-OXCROPS] 2.2.8.6.1: PropertyValueSize (bytes of the count and
 * values that follow), PropertyValueCount and TaggedPropertyValues.
 */
public record RopSetPropertiesRequest(int logonId, int inputHandleIndex, List<PropertyValue> propertyValues)
        implements RopRequest {

    public RopSetPropertiesRequest {
        propertyValues = FrozenList.copyOf(propertyValues);
    }

    @Override
    public RopId ropId() {
        return RopId.SET_PROPERTIES;
    }

    static RopSetPropertiesRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        return new RopSetPropertiesRequest(logonId, index, RopWire.readSizedTaggedValues(in, "RopSetProperties"));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        RopWire.writeSizedTaggedValues(out, propertyValues);
    }
}
