package org.interchange.mapi.server.rop.oxcprpt;

import org.interchange.mapi.codec.rop.RopDeletePropertiesRequest;
import org.interchange.mapi.codec.rop.RopDeletePropertiesResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.PropertyWriter;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;

/** RopDeleteProperties, [MS-OXCPRPT] 3.2.5.6: removes properties from the object; problems are reported per tag. */
public final class DeletePropertiesHandler implements RopHandler<RopDeletePropertiesRequest> {

    @Override
    public RopId ropId() {
        return RopId.DELETE_PROPERTIES;
    }

    @Override
    public Class<RopDeletePropertiesRequest> requestType() {
        return RopDeletePropertiesRequest.class;
    }

    @Override
    public RopResponse handle(RopDeletePropertiesRequest request, RopContext context) {
        FolderAccess.requireModify(context, context.object(request.inputHandleIndex()));
        return new RopDeletePropertiesResponse(request.inputHandleIndex(), PropertyWriter.delete(context.store(),
                context.object(request.inputHandleIndex()), request.propertyTags()));
    }
}
