package org.interchange.cache.spi;

import org.interchange.cache.api.FolderKind;

/** A folder as the server lists it; ids are the backend's own, opaque to the cache. */
public record RemoteFolder(String serverId, String parentServerId, String displayName, FolderKind kind) {
}
