package org.interchange.mapi.client.internal.rop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Server objects the client no longer needs; their RopRelease requests ([MS-OXCROPS] 2.2.15.3)
 * ride at the front of the session's next Execute instead of costing a round trip of their own.
 */
public final class ReleaseQueue {
    private final Set<ServerObject> pending = Collections.newSetFromMap(new IdentityHashMap<>());

    public synchronized void add(ServerObject object) {
        pending.add(object);
    }

    /** Takes at most {@code max} pending objects; the rest wait for a later request. */
    synchronized List<ServerObject> drain(int max) {
        List<ServerObject> out = new ArrayList<>();
        for (var it = pending.iterator(); it.hasNext() && out.size() < max; ) {
            out.add(it.next());
            it.remove();
        }
        return out;
    }

    /** Forgets every pending object: their Session Context is gone, [MS-OXCMAPIHTTP] 3.2.5.6. */
    public synchronized void clear() {
        pending.clear();
    }

    public synchronized int size() {
        return pending.size();
    }
}
