package org.interchange.cache.api;

/**
 * Folders made and renamed in the offline cache ([MS-OXCFXICS] 2.2.3.2.4.3 hierarchy changes): like
 * {@link CacheEdits}, each method changes the folder rows and records the pending operation the sync engine
 * uploads later in one transaction; listeners hear {@link CacheListener#foldersChanged} after the commit. A
 * folder made offline is usable at once (items can be made in it) and takes its server id when uploaded.
 *
 * @throws CacheException from every method when an id names no folder in the cache or the cache fails
 * @throws IllegalArgumentException when a display name is blank
 */
public interface FolderEdits {

    /** Makes a subfolder of {@code parentFolderId} of the parent's kind; returns its id. */
    long createFolder(long parentFolderId, String displayName);

    /** Renames a folder. */
    void renameFolder(long folderId, String displayName);
}
