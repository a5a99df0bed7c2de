package org.interchange.mapi.server.rop;

import org.interchange.mapi.server.store.FolderRecord;

/** An open folder, [MS-OXCFOLD] 3.2.5.1. */
public record FolderObject(LogonObject logon, FolderRecord folder) implements ServerObject {
}
