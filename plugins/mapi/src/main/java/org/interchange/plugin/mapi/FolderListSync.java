package org.interchange.plugin.mapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.FolderRole;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.mapi.client.FolderInfo;
import org.interchange.mapi.client.Mailbox;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.SpecialFolder;

/**
 * Reads the folder tree below the IPM subtree ([MS-OXCFOLD] hierarchy table) as cache folders, with the
 * roles of the special folders RopLogon names ([MS-OXCSTOR] 2.2.1.1.3). Drafts is the IPF.Note folder named
 * "Drafts" directly below the IPM subtree, until the client library reads PidTagIpmDraftsEntryId ([MS-OXOSFLD] 2.2.4).
 */
final class FolderListSync {
    private static final String DRAFTS = "Drafts";
    private final MapiSession session;

    FolderListSync(MapiSession session) {
        this.session = session;
    }

    List<RemoteFolder> read() {
        Mailbox mailbox = session.logon();
        Map<Long, FolderRole> roles = Map.of(
                mailbox.folderId(SpecialFolder.INBOX), FolderRole.INBOX,
                mailbox.folderId(SpecialFolder.OUTBOX), FolderRole.OUTBOX,
                mailbox.folderId(SpecialFolder.SENT_ITEMS), FolderRole.SENT,
                mailbox.folderId(SpecialFolder.DELETED_ITEMS), FolderRole.DELETED);
        long top = mailbox.folderId(SpecialFolder.IPM_SUBTREE);
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
            long id = ServerIds.parse(f.serverId());
            FolderRole role = roles.getOrDefault(id, FolderRole.NONE);
            if (role == FolderRole.NONE && parent == top && f.kind() == FolderKind.MAIL
                    && DRAFTS.equalsIgnoreCase(f.displayName())) {
                role = FolderRole.DRAFTS;
            }
            withParents.add(new RemoteFolder(f.serverId(), parentId, f.displayName(), f.kind(), role));
        }
        return withParents;
    }
}
