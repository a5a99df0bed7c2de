package org.interchange.mapi.server.rop.oxcprpt;

import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.rop.RopGetPropertiesSpecificRequest;
import org.interchange.mapi.codec.rop.RopGetPropertiesSpecificResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.ColumnValues;
import org.interchange.mapi.server.rop.ObjectProperties;
import org.interchange.mapi.server.rop.PropertySource;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopHandler;

/**
 * RopGetPropertiesSpecific, [MS-OXCPRPT] 3.2.5.1: the requested properties of a store, folder,
 * message or attachment; missing ones are ecNotFound error values, too large ones ecMAPIOOM.
 */
public final class GetPropertiesSpecificHandler implements RopHandler<RopGetPropertiesSpecificRequest> {

    @Override
    public RopId ropId() {
        return RopId.GET_PROPERTIES_SPECIFIC;
    }

    @Override
    public Class<RopGetPropertiesSpecificRequest> requestType() {
        return RopGetPropertiesSpecificRequest.class;
    }

    @Override
    public RopResponse handle(RopGetPropertiesSpecificRequest request, RopContext context) {
        PropertySource source = ObjectProperties.of(context.store(), context.object(request.inputHandleIndex()));
        int limit = RequestedValues.sizeLimit(request.propertySizeLimit(), context.remainingBytes());
        boolean unicode = request.wantUnicode() != 0;
        PropertyRow row = PropertyRow.of(request.propertyTags(), tag -> {
            var value = ColumnValues.lookup(source, tag, limit);
            return tag.typeCode() == PropertyType.UNSPECIFIED.code() ? RequestedValues.forUnicode(value, unicode) : value;
        }, RopErrors.NOT_FOUND);
        return new RopGetPropertiesSpecificResponse(request.inputHandleIndex(), row);
    }
}
