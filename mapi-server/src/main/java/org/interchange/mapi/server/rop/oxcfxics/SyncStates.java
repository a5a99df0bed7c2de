package org.interchange.mapi.server.rop.oxcfxics;

import org.interchange.mapi.server.rop.CollectorObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.ServerObject;
import org.interchange.mapi.server.rop.SyncContextObject;

/** Finds the ICS state of the download or upload context a state-upload ROP names, [MS-OXCFXICS] 3.2.5.9.2. */
final class SyncStates {
    private SyncStates() {
    }

    static IcsState of(RopContext context, int handleIndex) {
        ServerObject o = context.object(handleIndex);
        if (o instanceof SyncContextObject sync) {
            if (sync.source() != null) {
                throw new RopFailure(RopErrors.INVALID_PARAMETER, "the download has begun; the state is fixed");
            }
            return sync.state();
        }
        if (o instanceof CollectorObject collector) {
            return collector.state();
        }
        throw new RopFailure(RopErrors.NOT_SUPPORTED, "no synchronization context at handle index " + handleIndex);
    }
}
