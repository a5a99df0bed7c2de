package org.interchange.mapi.client;

import java.util.Objects;

/**
 * One row of a folder hierarchy table, [MS-OXCFOLD] 2.2.2.2 (folder properties) and [MS-OXCTABL]
 * 2.2.2.1: ids are FIDs; {@code depth} is PidTagDepth, 0 for the direct children of the folder the
 * table was opened on; {@code containerClass} is empty when the folder has none (IPF.Note implied).
 */
public record FolderInfo(long folderId, long parentFolderId, String displayName, String containerClass,
                         int contentCount, int unreadCount, boolean hasSubfolders, int depth) {

    public FolderInfo {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(containerClass, "containerClass");
    }
}
