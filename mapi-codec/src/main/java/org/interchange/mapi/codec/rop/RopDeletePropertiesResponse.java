package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyProblem;

/** RopDeleteProperties success response, [MS-OXCROPS] 2.2.8.8.2: the properties that could not be deleted. */
public record RopDeletePropertiesResponse(int handleIndex, List<PropertyProblem> propertyProblems) implements RopResponse {

    public RopDeletePropertiesResponse {
        propertyProblems = FrozenList.copyOf(propertyProblems);
    }

    @Override
    public RopId ropId() {
        return RopId.DELETE_PROPERTIES;
    }

    static RopDeletePropertiesResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopDeletePropertiesResponse(handleIndex, RopWire.readProblems(in, "RopDeleteProperties"));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        RopWire.writeProblems(out, propertyProblems);
    }
}
