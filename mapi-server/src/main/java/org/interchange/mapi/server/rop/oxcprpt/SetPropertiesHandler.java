package org.interchange.mapi.server.rop.oxcprpt;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSetPropertiesRequest;
import org.interchange.mapi.codec.rop.RopSetPropertiesResponse;
import org.interchange.mapi.server.rop.PropertyWriter;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;

/** RopSetProperties, [MS-OXCPRPT] 3.2.5.4: sets values on the object; problems are reported per value. */
public final class SetPropertiesHandler implements RopHandler<RopSetPropertiesRequest> {

    @Override
    public RopId ropId() {
        return RopId.SET_PROPERTIES;
    }

    @Override
    public Class<RopSetPropertiesRequest> requestType() {
        return RopSetPropertiesRequest.class;
    }

    @Override
    public RopResponse handle(RopSetPropertiesRequest request, RopContext context) {
        FolderAccess.requireModify(context, context.object(request.inputHandleIndex()));
        return new RopSetPropertiesResponse(request.inputHandleIndex(), PropertyWriter.set(context.store(),
                context.object(request.inputHandleIndex()), request.propertyValues()));
    }
}
