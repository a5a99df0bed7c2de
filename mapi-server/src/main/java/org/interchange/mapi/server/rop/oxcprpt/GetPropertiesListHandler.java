package org.interchange.mapi.server.rop.oxcprpt;

import org.interchange.mapi.codec.rop.RopGetPropertiesListResponse;
import org.interchange.mapi.server.rop.ObjectProperties;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopGetPropertiesListRequest;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;

/** RopGetPropertiesList, [MS-OXCPRPT] 3.2.5.3: the tags of every property the object has. */
public final class GetPropertiesListHandler implements RopHandler<RopGetPropertiesListRequest> {

    @Override
    public RopId ropId() {
        return RopId.GET_PROPERTIES_LIST;
    }

    @Override
    public Class<RopGetPropertiesListRequest> requestType() {
        return RopGetPropertiesListRequest.class;
    }

    @Override
    public RopResponse handle(RopGetPropertiesListRequest request, RopContext context) {
        var tags = ObjectProperties.of(context.store(), context.object(request.inputHandleIndex())).all().stream()
                .map(v -> v.tag()).toList();
        return new RopGetPropertiesListResponse(request.inputHandleIndex(), tags);
    }
}
