package org.interchange.mapi.server.rop.oxcprpt;

import java.util.List;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.RopGetPropertiesAllRequest;
import org.interchange.mapi.codec.rop.RopGetPropertiesAllResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.ColumnValues;
import org.interchange.mapi.server.rop.ObjectProperties;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopHandler;

/**
 * RopGetPropertiesAll, [MS-OXCPRPT] 3.2.5.2: every property of the object; values above the size
 * limit are returned as ecMAPIOOM error values.
 */
public final class GetPropertiesAllHandler implements RopHandler<RopGetPropertiesAllRequest> {

    @Override
    public RopId ropId() {
        return RopId.GET_PROPERTIES_ALL;
    }

    @Override
    public Class<RopGetPropertiesAllRequest> requestType() {
        return RopGetPropertiesAllRequest.class;
    }

    @Override
    public RopResponse handle(RopGetPropertiesAllRequest request, RopContext context) {
        List<PropertyValue> all = ObjectProperties.of(context.store(), context.object(request.inputHandleIndex())).all();
        int limit = RequestedValues.sizeLimit(request.propertySizeLimit(), context.remainingBytes() / 2);
        boolean unicode = request.wantUnicode() != 0;
        List<PropertyValue> values = all.stream().filter(v -> v.value() != null)
                .map(v -> ColumnValues.inlineSize(v) > limit ? PropertyValue.error(v.tag(), RopErrors.NOT_ENOUGH_MEMORY)
                        : RequestedValues.forUnicode(v, unicode))
                .toList();
        return new RopGetPropertiesAllResponse(request.inputHandleIndex(), values);
    }
}
