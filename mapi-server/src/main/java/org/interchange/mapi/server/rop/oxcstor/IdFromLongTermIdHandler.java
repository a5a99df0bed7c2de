package org.interchange.mapi.server.rop.oxcstor;

import org.interchange.mapi.codec.fxics.Xid;
import org.interchange.mapi.codec.rop.RopIdFromLongTermIdResponse;
import org.interchange.mapi.server.rop.LogonObject;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.store.ExchangeIds;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopIdFromLongTermIdRequest;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;

/**
 * RopIdFromLongTermId, [MS-OXCSTOR] 3.2.5.9: maps this mailbox's REPLGUID back to its ReplId; a long-term id in
 * another namespace is the source key a client chose for a message it created or moved by ICS upload
 * ([MS-OXCFXICS] 2.2.1.2.5) and maps to that message's MID; other GUIDs give ecNotFound.
 */
public final class IdFromLongTermIdHandler implements RopHandler<RopIdFromLongTermIdRequest> {

    @Override
    public RopId ropId() {
        return RopId.ID_FROM_LONG_TERM_ID;
    }

    @Override
    public Class<RopIdFromLongTermIdRequest> requestType() {
        return RopIdFromLongTermIdRequest.class;
    }

    @Override
    public RopResponse handle(RopIdFromLongTermIdRequest request, RopContext context) {
        LogonObject logon = context.object(request.inputHandleIndex()).logon();
        if (!logon.mailbox().replicaGuid().equals(request.longTermId().databaseGuid())) {
            byte[] clientKey = Xid.ofGlobCnt(request.longTermId().databaseGuid(), request.longTermId().globalCounter())
                    .encode();
            long mid = context.store().messageIdForSourceKey(logon.mailbox(), clientKey).orElseThrow(() ->
                    new RopFailure(RopErrors.NOT_FOUND, "unknown REPLGUID " + request.longTermId().databaseGuid()));
            return new RopIdFromLongTermIdResponse(request.inputHandleIndex(), mid);
        }
        return new RopIdFromLongTermIdResponse(request.inputHandleIndex(),
                ExchangeIds.make(ExchangeIds.LOCAL_REPLICA_ID, request.longTermId().globalCounter()));
    }
}
