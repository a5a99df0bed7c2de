package org.interchange.plugin.mapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.mapi.client.FolderInfo;
import org.interchange.mapi.client.MapiSession;

/** Reads the folder tree below the IPM subtree ([MS-OXCFOLD] hierarchy table) as cache folders. */
final class FolderListSync {
    private final MapiSession session;

    FolderListSync(MapiSession session) {
        this.session = session;
    }

    List<RemoteFolder> read() {
        List<FolderInfo> hierarchy = session.folderHierarchy();
        Set<Long> synced = new HashSet<>();
        List<RemoteFolder> folders = new ArrayList<>();
        for (FolderInfo f : hierarchy) {
            Optional<FolderKind> kind = FolderKinds.of(f.containerClass());
            if (kind.isEmpty()) {
                continue;
            }
            synced.add(f.folderId());
            folders.add(new RemoteFolder(ServerIds.of(f.folderId()), null, f.displayName(), kind.get()));
        }
        List<RemoteFolder> withParents = new ArrayList<>(folders.size());
        for (int i = 0; i < folders.size(); i++) {
            RemoteFolder f = folders.get(i);
            long parent = hierarchy.stream().filter(h -> ServerIds.of(h.folderId()).equals(f.serverId()))
                    .findFirst().orElseThrow().parentFolderId();
            String parentId = synced.contains(parent) ? ServerIds.of(parent) : null;
            withParents.add(new RemoteFolder(f.serverId(), parentId, f.displayName(), f.kind()));
        }
        return withParents;
    }
}
