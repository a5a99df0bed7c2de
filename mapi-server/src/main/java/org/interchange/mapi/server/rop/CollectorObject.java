package org.interchange.mapi.server.rop;

import java.util.Objects;
import org.interchange.mapi.server.rop.oxcfxics.IcsState;
import org.interchange.mapi.server.store.FolderRecord;

/**
 * A synchronization upload context made by RopSynchronizationOpenCollector, [MS-OXCFXICS] 3.2.5.9.4:
 * the folder changes are imported into, contents or hierarchy, and the ICS state that grows with
 * every import (RopSynchronizationGetTransferState hands it out).
 */
public final class CollectorObject implements ServerObject {
    private final LogonObject logon;
    private final FolderRecord folder;
    private final boolean contents;
    private final IcsState state = new IcsState();

    public CollectorObject(LogonObject logon, FolderRecord folder, boolean contents) {
        this.logon = Objects.requireNonNull(logon, "logon");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.contents = contents;
    }

    @Override
    public LogonObject logon() {
        return logon;
    }

    public FolderRecord folder() {
        return folder;
    }

    public boolean contents() {
        return contents;
    }

    public IcsState state() {
        return state;
    }
}
