package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * RopTransportSend success response, [MS-OXCROPS] 2.2.7.6.2: NoPropertiesReturned, then
 * PropertyValueCount and the TaggedPropertyValues of the sent message.
 */
public record RopTransportSendResponse(int handleIndex, boolean noPropertiesReturned, List<PropertyValue> propertyValues)
        implements RopResponse {

    public RopTransportSendResponse {
        propertyValues = FrozenList.copyOf(propertyValues);
    }

    @Override
    public RopId ropId() {
        return RopId.TRANSPORT_SEND;
    }

    static RopTransportSendResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        boolean none = RopWire.bool(in);
        return new RopTransportSendResponse(handleIndex, none, RopWire.readTaggedValues(in, in.u16()));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(noPropertiesReturned ? 1 : 0);
        RopWire.writeTaggedValues(out, propertyValues, "PropertyValueCount");
    }
}
