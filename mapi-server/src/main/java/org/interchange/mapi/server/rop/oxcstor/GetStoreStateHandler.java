package org.interchange.mapi.server.rop.oxcstor;

import org.interchange.mapi.codec.rop.RopGetStoreStateResponse;
import org.interchange.mapi.server.rop.LogonObject;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopGetStoreStateRequest;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;

/** RopGetStoreState, [MS-OXCSTOR] 3.2.5.5: this store never has search folders with pending state, so StoreState is 0. */
public final class GetStoreStateHandler implements RopHandler<RopGetStoreStateRequest> {

    @Override
    public RopId ropId() {
        return RopId.GET_STORE_STATE;
    }

    @Override
    public Class<RopGetStoreStateRequest> requestType() {
        return RopGetStoreStateRequest.class;
    }

    @Override
    public RopResponse handle(RopGetStoreStateRequest request, RopContext context) {
        context.object(request.inputHandleIndex(), LogonObject.class);
        return new RopGetStoreStateResponse(request.inputHandleIndex(), 0);
    }
}
