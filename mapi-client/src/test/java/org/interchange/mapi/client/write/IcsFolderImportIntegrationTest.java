package org.interchange.mapi.client.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.testing.EmbeddedServerFixture;
import org.interchange.mapi.codec.fxics.PredecessorChangeList;
import org.interchange.mapi.codec.fxics.Xid;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.Test;

/**
 * Folder creations and renames uploaded with RopSynchronizationImportHierarchyChange against the real server on
 * loopback: a folder gets the client's source key so a replayed creation finds it, its FID reaches the client,
 * and a rename of an older version is ignored.
 */
class IcsFolderImportIntegrationTest extends EmbeddedServerFixture {
    static final UUID CLIENT = UUID.fromString("c1c1c1c1-0000-4000-8000-000000000004");

    Mailbox box;
    long root;

    @Override
    protected void populate() {
        box = store.createMailbox("alice", "Alice", "alice@example.org");
        root = box.folderId(SpecialFolder.IPM_SUBTREE);
    }

    private static FolderChange change(Xid key, String name, Xid... versions) {
        return new FolderChange(new byte[0], key.encode(), Instant.now(), versions[versions.length - 1].encode(),
                PredecessorChangeList.of(List.of(versions)).encode(), name, "IPF.Note");
    }

    @Test
    void aFolderIsCreatedOnceRenamedAndAnOlderRenameIgnored() {
        Xid key = Xid.ofGlobCnt(CLIENT, 1);
        Xid v1 = Xid.ofGlobCnt(CLIENT, 2);
        Xid v2 = Xid.ofGlobCnt(CLIENT, 3);
        try (MapiSession session = connect()) {
            ImportResult created = session.writer().importFolderChange(root, change(key, "Projects", v1));
            ImportResult replay = session.writer().importFolderChange(root, change(key, "Projects", v1));
            ImportResult renamed = session.writer().importFolderChange(root, change(key, "Archive 2026", v1, v2));
            ImportResult stale = session.writer().importFolderChange(root, change(key, "Projects", v1));

            assertThat(created.status()).isEqualTo(ImportResult.Status.SAVED);
            assertThat(replay).isEqualTo(new ImportResult(ImportResult.Status.IGNORED_OLDER, created.messageId()));
            assertThat(renamed).isEqualTo(created);
            assertThat(stale.status()).isEqualTo(ImportResult.Status.IGNORED_OLDER);
            List<FolderRecord> made = store.childFolders(box, root).stream()
                    .filter(f -> f.fid() == created.messageId()).toList();
            assertThat(made).singleElement().satisfies(f -> assertThat(f.displayName()).isEqualTo("Archive 2026"));
            assertThat(store.childFolders(box, root).stream().filter(f -> f.displayName().equals("Projects")))
                    .isEmpty();
        }
    }
}
