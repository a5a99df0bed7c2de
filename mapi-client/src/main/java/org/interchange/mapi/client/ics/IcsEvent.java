package org.interchange.mapi.client.ics;

import java.util.List;

/** What an ICS download reports, [MS-OXCFXICS] 2.2.4.3.4 (contentsSync) and 2.2.4.3.8 (hierarchySync). */
public sealed interface IcsEvent {

    /** A message is new or changed. */
    record MessageChanged(IcsMessage message) implements IcsEvent {
    }

    /** A folder is new or changed. */
    record FolderChanged(IcsFolder folder) implements IcsEvent {
    }

    /** Messages or folders (by id) are gone: deleted, moved away or out of scope (2.2.4.3.5). */
    record Deleted(List<Long> ids) implements IcsEvent {
        public Deleted {
            ids = List.copyOf(ids);
        }
    }

    /** Messages (by id) the user marked read or unread elsewhere (2.2.4.3.22). */
    record ReadStateChanged(List<Long> read, List<Long> unread) implements IcsEvent {
        public ReadStateChanged {
            read = List.copyOf(read);
            unread = List.copyOf(unread);
        }
    }

    /** How much the whole download holds (progressTotal, 2.2.4.3.19). */
    record Progress(int messages, long bytes, int associatedMessages, long associatedBytes) implements IcsEvent {
    }
}
