package org.interchange.ui.folders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.CachedFolder;

/** Turns an account's flat folder rows into a tree by parent server id, siblings in {@link FolderOrder}. */
final class FolderTreeBuilder {
    private static final FolderOrder ORDER = new FolderOrder();

    private FolderTreeBuilder() {
    }

    /** Folders whose parent is not among {@code folders} become top-level; cycles are cut. */
    static FolderNode build(AccountInfo account, List<CachedFolder> folders) {
        Map<String, CachedFolder> byServerId = new HashMap<>();
        for (CachedFolder folder : folders) {
            byServerId.put(folder.serverId(), folder);
        }
        Map<String, List<CachedFolder>> childrenOf = new HashMap<>();
        List<CachedFolder> top = new ArrayList<>();
        for (CachedFolder folder : folders) {
            String parent = folder.parentServerId();
            if (parent == null || !byServerId.containsKey(parent) || parent.equals(folder.serverId())) {
                top.add(folder);
            } else {
                childrenOf.computeIfAbsent(parent, p -> new ArrayList<>()).add(folder);
            }
        }
        Set<String> placed = new HashSet<>();
        List<FolderNode> children = new ArrayList<>(nodes(account, top, childrenOf, placed));
        for (CachedFolder folder : folders) {
            if (!placed.contains(folder.serverId())) {
                // only folders on a parent cycle get here: show the cycle from this folder down
                children.addAll(nodes(account, List.of(folder), childrenOf, placed));
            }
        }
        return new FolderNode("account:" + account.id(), account, null, children);
    }

    private static List<FolderNode> nodes(AccountInfo account, List<CachedFolder> siblings,
                                          Map<String, List<CachedFolder>> childrenOf, Set<String> placed) {
        List<CachedFolder> sorted = new ArrayList<>(siblings);
        sorted.sort(ORDER);
        List<FolderNode> result = new ArrayList<>();
        for (CachedFolder folder : sorted) {
            if (!placed.add(folder.serverId())) {
                continue;
            }
            List<FolderNode> children = nodes(account, childrenOf.getOrDefault(folder.serverId(), List.of()),
                    childrenOf, placed);
            result.add(new FolderNode("folder:" + folder.id(), account, folder, children));
        }
        return result;
    }
}
