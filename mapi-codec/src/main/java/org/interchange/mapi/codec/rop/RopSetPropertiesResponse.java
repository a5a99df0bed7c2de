package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyProblem;

/** RopSetProperties success response, [MS-OXCROPS] 2.2.8.6.2: the properties that could not be set. */
public record RopSetPropertiesResponse(int handleIndex, List<PropertyProblem> propertyProblems) implements RopResponse {

    public RopSetPropertiesResponse {
        propertyProblems = FrozenList.copyOf(propertyProblems);
    }

    @Override
    public RopId ropId() {
        return RopId.SET_PROPERTIES;
    }

    static RopSetPropertiesResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSetPropertiesResponse(handleIndex, RopWire.readProblems(in, "RopSetProperties"));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        RopWire.writeProblems(out, propertyProblems);
    }
}
