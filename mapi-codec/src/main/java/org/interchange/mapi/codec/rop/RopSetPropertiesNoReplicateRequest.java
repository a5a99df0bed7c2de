package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * RopSetPropertiesNoReplicate request, [MS-OXCROPS] 2.2.8.7.1, laid out as RopSetProperties: PropertyValueSize (bytes of the count and
 * values that follow), PropertyValueCount and TaggedPropertyValues.
 */
public record RopSetPropertiesNoReplicateRequest(int logonId, int inputHandleIndex, List<PropertyValue> propertyValues)
        implements RopRequest {

    public RopSetPropertiesNoReplicateRequest {
        propertyValues = FrozenList.copyOf(propertyValues);
    }

    @Override
    public RopId ropId() {
        return RopId.SET_PROPERTIES_NO_REPLICATE;
    }

    static RopSetPropertiesNoReplicateRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        return new RopSetPropertiesNoReplicateRequest(logonId, index, RopWire.readSizedTaggedValues(in, "RopSetPropertiesNoReplicate"));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        RopWire.writeSizedTaggedValues(out, propertyValues);
    }
}
