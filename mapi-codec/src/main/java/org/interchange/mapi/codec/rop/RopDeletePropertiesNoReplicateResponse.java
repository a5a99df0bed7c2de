package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyProblem;

/** RopDeletePropertiesNoReplicate success response, [MS-OXCROPS] 2.2.8.9.2: the properties that could not be deleted. */
public record RopDeletePropertiesNoReplicateResponse(int handleIndex, List<PropertyProblem> propertyProblems) implements RopResponse {

    public RopDeletePropertiesNoReplicateResponse {
        propertyProblems = FrozenList.copyOf(propertyProblems);
    }

    @Override
    public RopId ropId() {
        return RopId.DELETE_PROPERTIES_NO_REPLICATE;
    }

    static RopDeletePropertiesNoReplicateResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopDeletePropertiesNoReplicateResponse(handleIndex, RopWire.readProblems(in, "RopDeletePropertiesNoReplicate"));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        RopWire.writeProblems(out, propertyProblems);
    }
}
