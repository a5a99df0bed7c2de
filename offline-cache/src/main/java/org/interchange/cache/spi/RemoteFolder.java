package org.interchange.cache.spi;

import java.util.Objects;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.FolderRole;

/** A folder as the server lists it ([MS-OXCFOLD] 2.2.2.2.1); ids are the backend's own, opaque to the cache. */
public record RemoteFolder(String serverId, String parentServerId, String displayName, FolderKind kind,
                           FolderRole role) {

    public RemoteFolder {
        Objects.requireNonNull(role, "role");
    }

    /** A folder with no special role. */
    public RemoteFolder(String serverId, String parentServerId, String displayName, FolderKind kind) {
        this(serverId, parentServerId, displayName, kind, FolderRole.NONE);
    }
}
