package org.interchange.mapi.codec.rop;

import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyRow;

/**
 * RopGetPropertiesSpecific success response, [MS-OXCROPS] 2.2.8.3.2: one PropertyRow whose columns
 * are the requested tags.
 */
public record RopGetPropertiesSpecificResponse(int handleIndex, PropertyRow rowData) implements RopResponse {

    public RopGetPropertiesSpecificResponse {
        Objects.requireNonNull(rowData, "rowData");
    }

    @Override
    public RopId ropId() {
        return RopId.GET_PROPERTIES_SPECIFIC;
    }

    static RopGetPropertiesSpecificResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        RopGetPropertiesSpecificRequest request = context.request(RopGetPropertiesSpecificRequest.class);
        return new RopGetPropertiesSpecificResponse(handleIndex, PropertyRow.decode(in, request.propertyTags()));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        rowData.encode(out);
    }
}
