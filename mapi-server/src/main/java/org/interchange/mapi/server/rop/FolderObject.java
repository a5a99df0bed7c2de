package org.interchange.mapi.server.rop;

import java.util.Objects;
import org.interchange.mapi.server.store.FolderRecord;

/** An open folder, [MS-OXCFOLD] 3.2.5.1: the folder as opened, updated when the client changes it. */
public final class FolderObject implements ServerObject {
    private final LogonObject logon;
    private FolderRecord folder;

    public FolderObject(LogonObject logon, FolderRecord folder) {
        this.logon = Objects.requireNonNull(logon, "logon");
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    @Override
    public LogonObject logon() {
        return logon;
    }

    public FolderRecord folder() {
        return folder;
    }

    /** The folder after a change made through this object. */
    public void update(FolderRecord changed) {
        folder = Objects.requireNonNull(changed, "changed");
    }
}
