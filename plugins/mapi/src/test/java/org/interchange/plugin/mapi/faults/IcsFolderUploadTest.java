package org.interchange.plugin.mapi.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.sync.SyncResult;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.interchange.plugin.mapi.ItemProperties;
import org.interchange.plugin.mapi.MapiBackendFactory;
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
    FaultServer server;
    H2CacheStore cache;
    Backend backend;

    @BeforeEach
    void start() {
        server = new FaultServer(dir.resolve("server"));
        server.registerNamedProperties(ItemProperties.NAMED);
        cache = H2CacheStore.open(dir.resolve("profile"));
        cache.saveAccount(new AccountInfo(ACCOUNT, "Deletes", MapiBackendFactory.TYPE,
                server.emsmdbUri().toString(), FaultServer.USER));
        backend = backend();
    }

    @AfterEach
    void stop() {
        backend.close();
        cache.close();
        server.close();
    }

    @Test
    void aFolderMadeAndRenamedOfflineIsMadeOnceAlsoWhenTheClientDiesMidUploadAndThenRenamed()
            throws BackendException {
        sync();
        long made = cache.createFolder(folder("Tasks").id(), "Errands");
        cache.create(made, ItemContent.task("Buy stamps", Instant.parse("2026-12-04T09:00:00Z"), 0, 0, null));
        cache.renameFolder(made, "Chores");
        PendingOperation create = cache.pendingOperations(ACCOUNT).pending().getFirst();
        assertThat(create.kind()).isEqualTo(PendingOperation.Kind.CREATE_FOLDER);

        backend.upload(create);
        restartClient();
        SyncResult result = sync();
        sync();

        assertThat(result.uploadsFailed()).isZero();
        FolderRecord onServer = server.subfolders(SpecialFolder.TASKS).getFirst();
        assertThat(server.subfolders(SpecialFolder.TASKS)).hasSize(1);
        assertThat(onServer.displayName()).isEqualTo("Chores");
        assertThat(onServer.containerClass()).isEqualTo("IPF.Task");
        assertThat(server.messages(onServer.fid())).hasSize(1);
        CachedFolder chores = folder("Chores");
        assertThat(chores.id()).isEqualTo(made);
        assertThat(chores.serverId()).isEqualTo(HexFormat.of().toHexDigits(onServer.fid()));
        assertThat(cache.items(made, ItemSort.SUBJECT, 0, 10)).singleElement()
                .satisfies(i -> assertThat(i.state()).isEqualTo(OfflineState.SYNCED));
        assertThat(cache.pendingOperations(ACCOUNT).pending()).isEmpty();

        cache.renameFolder(made, "Housework");
        PendingOperation rename = cache.pendingOperations(ACCOUNT).pending().getFirst();
        backend.upload(rename);
        restartClient();
        SyncResult renamed = sync();

        assertThat(renamed.uploadsFailed()).isZero();
        assertThat(server.subfolders(SpecialFolder.TASKS)).singleElement()
                .satisfies(f -> assertThat(f.displayName()).isEqualTo("Housework"));
        assertThat(folder("Housework").id()).isEqualTo(made);
        assertThat(cache.pendingOperations(ACCOUNT).pending()).isEmpty();
    }

    private CachedFolder folder(String name) {
        return cache.folders(ACCOUNT).stream().filter(f -> f.displayName().equals(name)).findFirst().orElseThrow();
    }

    /** Drops the client's session and cache handle as a killed client would and opens them again. */
    private void restartClient() {
        backend.close();
        cache.close();
        cache = H2CacheStore.open(dir.resolve("profile"));
        backend = backend();
    }

    private Backend backend() {
        return ClientSync.backend(ACCOUNT, server.emsmdbUri());
    }

    private SyncResult sync() {
        return ClientSync.run(cache, ACCOUNT, backend);
    }
}
