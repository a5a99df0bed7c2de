package org.interchange.cache.api;

/** A folder row of the cache, with the counts the folder tree shows. {@code parentServerId} is null at the top. */
public record CachedFolder(long id, String accountId, String serverId, String parentServerId, String displayName,
                           FolderKind kind, int totalCount, int unreadCount) {
}
