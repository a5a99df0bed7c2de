package org.interchange.mapi.server.rop.oxcfxics;

import java.util.Optional;
import org.interchange.mapi.codec.fxics.Xid;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.store.ExchangeIds;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;

/**
 * Maps PidTagSourceKey values ([MS-OXCFXICS] 2.2.1.2.5, an XID of a replica GUID and a 6-byte
 * GLOBCNT) to this mailbox's ids; keys of another replica are those a client chose for objects it made here.
 */
final class SourceKeys {
    private SourceKeys() {
    }

    /** The id of the object {@code sourceKey} names: one of this mailbox, or one a client created with that key. */
    static Optional<Long> resolve(MailboxStore store, Mailbox mailbox, byte[] sourceKey) {
        Optional<Long> local = localId(mailbox, sourceKey);
        return local.isPresent() ? local : store.messageIdForSourceKey(mailbox, sourceKey);
    }

    static Optional<Long> localId(Mailbox mailbox, byte[] sourceKey) {
        Xid xid;
        try {
            xid = Xid.decode(sourceKey);
        } catch (MapiCodecException e) {
            throw new RopFailure(RopErrors.INVALID_PARAMETER, "malformed PidTagSourceKey: " + e.getMessage());
        }
        if (!xid.namespaceGuid().equals(mailbox.replicaGuid()) || xid.localId().length != 6) {
            return Optional.empty();
        }
        return Optional.of(ExchangeIds.make(ExchangeIds.LOCAL_REPLICA_ID, xid.localIdValue()));
    }
}
