package org.interchange.mapi.client.write;

import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.codec.fxics.Xid;
import org.interchange.mapi.codec.ids.LongTermId;
import org.interchange.mapi.codec.rop.RopIdFromLongTermIdRequest;
import org.interchange.mapi.codec.rop.RopIdFromLongTermIdResponse;

/**
 * The id the server has for a PidTagSourceKey ([MS-OXCFXICS] 2.2.1.2.5): RopIdFromLongTermId ([MS-OXCSTOR]
 * 2.2.1.9) of the key's XID, which a server that keeps the keys clients chose answers for those keys too.
 */
final class SourceKeyIds {
    private SourceKeyIds() {
    }

    /** The MID or FID of the object {@code sourceKey} names, sent in one Execute of its own. */
    static long id(RopPipeline pipe, byte[] sourceKey) {
        Xid key = Xid.decode(sourceKey);
        long[] id = new long[1];
        pipe.call(pipe.logon(), slot -> new RopIdFromLongTermIdRequest(RopBatch.LOGON_ID, slot,
                new LongTermId(key.namespaceGuid(), key.localIdValue(), 0)), RopIdFromLongTermIdResponse.class,
                r -> id[0] = r.objectId());
        pipe.flush();
        return id[0];
    }
}
