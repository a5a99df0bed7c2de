package org.interchange.mapi.server.rop.oxcstor;

import org.interchange.mapi.codec.ids.LongTermId;
import org.interchange.mapi.codec.rop.RopLongTermIdFromIdResponse;
import org.interchange.mapi.server.rop.LogonObject;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.store.ExchangeIds;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopLongTermIdFromIdRequest;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;

/** RopLongTermIdFromId, [MS-OXCSTOR] 3.2.5.8: the REPLGUID of the id's ReplId and its global counter; unknown ReplIds give ecNotFound. */
public final class LongTermIdFromIdHandler implements RopHandler<RopLongTermIdFromIdRequest> {

    @Override
    public RopId ropId() {
        return RopId.LONG_TERM_ID_FROM_ID;
    }

    @Override
    public Class<RopLongTermIdFromIdRequest> requestType() {
        return RopLongTermIdFromIdRequest.class;
    }

    @Override
    public RopResponse handle(RopLongTermIdFromIdRequest request, RopContext context) {
        LogonObject logon = context.object(request.inputHandleIndex()).logon();
        if (ExchangeIds.replicaId(request.objectId()) != ExchangeIds.LOCAL_REPLICA_ID) {
            throw new RopFailure(RopErrors.NOT_FOUND, "unknown ReplId in 0x" + Long.toHexString(request.objectId()));
        }
        return new RopLongTermIdFromIdResponse(request.inputHandleIndex(), new LongTermId(
                logon.mailbox().replicaGuid(), ExchangeIds.globalCounter(request.objectId()), 0));
    }
}
