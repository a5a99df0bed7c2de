package org.interchange.mapi.codec.rop;

import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.PropertyValueCodec;

/**
 * RopSetProperties request, [MS-OXCROPS] 2.2.8.6.1: PropertyValueSize (bytes of the count and
 * values that follow), PropertyValueCount and TaggedPropertyValues.
 */
public record RopSetPropertiesRequest(int logonId, int inputHandleIndex, List<PropertyValue> propertyValues)
        implements RopRequest {

    public RopSetPropertiesRequest {
        propertyValues = List.copyOf(propertyValues);
    }

    @Override
    public RopId ropId() {
        return RopId.SET_PROPERTIES;
    }

    static RopSetPropertiesRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        ByteReader body = in.slice(in.u16(), "RopSetProperties PropertyValueSize");
        List<PropertyValue> values = RopWire.readTaggedValues(body, body.u16());
        if (body.hasRemaining()) {
            throw new MapiCodecException("RopSetProperties PropertyValueSize leaves " + body.remaining() + " unread bytes");
        }
        return new RopSetPropertiesRequest(logonId, index, values);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        RopWire.writeSized(out, body -> {
            body.u16(RopWire.u16(propertyValues.size(), "PropertyValueCount"));
            propertyValues.forEach(v -> PropertyValueCodec.ROP.writeTagged(body, v));
        }, "PropertyValueSize");
    }
}
