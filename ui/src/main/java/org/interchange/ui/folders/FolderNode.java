package org.interchange.ui.folders;

import java.util.List;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.CachedFolder;

/**
 * One row of the folder tree: an account (folder is null) or a folder of it, with its children
 * already in display order. {@code key} is stable across refreshes, for keeping rows expanded.
 */
public record FolderNode(String key, AccountInfo account, CachedFolder folder, List<FolderNode> children) {

    public FolderNode {
        children = List.copyOf(children);
    }

    public boolean isAccount() {
        return folder == null;
    }

    public String label() {
        return isAccount() ? account.displayName() : folder.displayName();
    }

    public int unreadCount() {
        return isAccount() ? 0 : folder.unreadCount();
    }
}
