package org.interchange.plugin.mapi.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.sync.SyncResult;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders made and renamed offline go up with RopSynchronizationImportHierarchyChange over real MAPI/HTTP into real
 * H2 files: a replay of a creation after the client died mid-upload finds the folder it made, the folder's items
 * follow it, and a rename carries the server's PCL so the server takes it.
 */
class IcsFolderUploadTest {
    private static final String ACCOUNT = "folder-account";

    @TempDir
    Path dir;
    ClientSync client;
    FaultServer server;

    @BeforeEach
    void start() {
        client = new ClientSync(dir, ACCOUNT);
        server = client.server();
    }

    @AfterEach
    void stop() {
        client.close();
    }

    @Test
    void aFolderMadeAndRenamedOfflineIsMadeOnceAlsoWhenTheClientDiesMidUploadAndThenRenamed()
            throws BackendException {
        client.sync();
        long made = client.cache().createFolder(client.folder("Tasks").id(), "Errands");
        client.cache().create(made, ItemContent.task("Buy stamps", Instant.parse("2026-12-04T09:00:00Z"), 0, 0, null));
        client.cache().renameFolder(made, "Chores");
        PendingOperation create = client.pending().getFirst();
        assertThat(create.kind()).isEqualTo(PendingOperation.Kind.CREATE_FOLDER);

        client.backend().upload(create);
        client.restartClient();
        SyncResult result = client.sync();
        client.sync();

        assertThat(result.uploadsFailed()).isZero();
        FolderRecord onServer = server.subfolders(SpecialFolder.TASKS).getFirst();
        assertThat(server.subfolders(SpecialFolder.TASKS)).hasSize(1);
        assertThat(onServer.displayName()).isEqualTo("Chores");
        assertThat(onServer.containerClass()).isEqualTo("IPF.Task");
        assertThat(server.messages(onServer.fid())).hasSize(1);
        CachedFolder chores = client.folder("Chores");
        assertThat(chores.id()).isEqualTo(made);
        assertThat(chores.serverId()).isEqualTo(HexFormat.of().toHexDigits(onServer.fid()));
        assertThat(client.cache().items(made, ItemSort.SUBJECT, 0, 10)).singleElement()
                .satisfies(i -> assertThat(i.state()).isEqualTo(OfflineState.SYNCED));
        assertThat(client.pending()).isEmpty();

        client.cache().renameFolder(made, "Housework");
        PendingOperation rename = client.pending().getFirst();
        client.backend().upload(rename);
        client.restartClient();
        SyncResult renamed = client.sync();

        assertThat(renamed.uploadsFailed()).isZero();
        assertThat(server.subfolders(SpecialFolder.TASKS)).singleElement()
                .satisfies(f -> assertThat(f.displayName()).isEqualTo("Housework"));
        assertThat(client.folder("Housework").id()).isEqualTo(made);
        assertThat(client.pending()).isEmpty();
    }
}
