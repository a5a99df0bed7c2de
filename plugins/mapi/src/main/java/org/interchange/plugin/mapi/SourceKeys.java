package org.interchange.plugin.mapi;

import java.util.UUID;
import org.interchange.mapi.codec.fxics.Xid;
import org.interchange.mapi.codec.ids.MessageId;

/** The PidTagSourceKey of a server object ([MS-OXCFXICS] 2.2.1.2.5): the XID of the replica GUID and the id's GLOBCNT. */
final class SourceKeys {
    private SourceKeys() {
    }

    /** The source key of the folder or message {@code id} (a FID or MID) of the mailbox with {@code replica}. */
    static byte[] of(UUID replica, long id) {
        return Xid.ofGlobCnt(replica, MessageId.fromLong(id).globalCounter()).encode();
    }
}
