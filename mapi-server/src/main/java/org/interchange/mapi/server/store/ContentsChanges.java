package org.interchange.mapi.server.store;

import java.util.List;

/**
 * What changed in a folder's contents after a client's state, for an incremental ICS download ([MS-OXCFXICS]
 * 3.2.5.2.1): the messages whose change number's GLOBCNT lies in (changesAfter, lastCounter], those whose read-state
 * change number's lies in (readChangesAfter, lastCounter] (2.2.1.1.4), and the tombstones of messages deleted from
 * or moved out of the folder in (changesAfter, lastCounter] (2.2.1.3.1), each list in ascending counter order. Every
 * change numbered up to {@code lastCounter} is reflected; none numbered after it is.
 */
public record ContentsChanges(List<MessageSummary> changed, List<MessageSummary> readChanged, List<Tombstone> deleted,
        long lastCounter) {

    public ContentsChanges {
        changed = List.copyOf(changed);
        readChanged = List.copyOf(readChanged);
        deleted = List.copyOf(deleted);
    }
}
