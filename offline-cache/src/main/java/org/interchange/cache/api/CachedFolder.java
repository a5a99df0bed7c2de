package org.interchange.cache.api;

/**
 * A folder row of the cache, with the counts the folder tree shows ([MS-OXCFOLD] 2.2.2.2.1):
 * {@code parentServerId} is null at the top; {@code role} names the special folders.
 */
public record CachedFolder(long id, String accountId, String serverId, String parentServerId, String displayName,
                           FolderKind kind, int totalCount, int unreadCount, FolderRole role) {

    /** A folder with no special role. */
    public CachedFolder(long id, String accountId, String serverId, String parentServerId, String displayName,
                        FolderKind kind, int totalCount, int unreadCount) {
        this(id, accountId, serverId, parentServerId, displayName, kind, totalCount, unreadCount, FolderRole.NONE);
    }
}
