package org.interchange.mapi.server.store;

import java.util.List;

/**
 * A consistent view of a folder's contents or subtree for an ICS download, [MS-OXCFXICS] 3.2.5.2.1:
 * the items and the last GLOBCNT the mailbox's counter had handed out when the view was taken, so
 * every change number up to it is reflected in the items.
 */
public record SyncSnapshot<T>(List<T> items, long lastCounter) {

    public SyncSnapshot {
        items = List.copyOf(items);
    }
}
