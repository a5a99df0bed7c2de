package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.PendingOperationLog;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.UploadResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderEditsTest {
    static final List<RemoteFolder> SERVER = List.of(new RemoteFolder("inbox", null, "Inbox", FolderKind.MAIL),
            new RemoteFolder("calendar", null, "Calendar", FolderKind.CALENDAR));

    @TempDir
    Path dir;
    H2CacheStore store;
    BackendStorage storage;

    @BeforeEach
    void open() {
        store = H2CacheStore.open(dir.resolve("profile"));
        storage = TestItems.account(store, SERVER.toArray(RemoteFolder[]::new));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFolderMadeOfflineHoldsItemsSurvivesFolderListsAndTakesItsServerIdWithThem() {
        long made = store.createFolder(folder("Calendar").id(), "Trips");
        store.renameFolder(made, "Journeys");
        Instant start = Instant.parse("2026-05-01T08:00:00Z");
        store.create(made, ItemContent.appointment("Train", start, start.plusSeconds(3600), null, false, null));
        String localId = folder("Journeys").serverId();

        storage.replaceFolders(SERVER);

        assertThat(folder("Journeys").kind()).isEqualTo(FolderKind.CALENDAR);
        assertThat(folder("Journeys").parentServerId()).isEqualTo("calendar");
        List<PendingOperation> ops = log().pending();
        assertThat(ops).extracting(PendingOperation::kind)
                .containsExactly(PendingOperation.Kind.CREATE_FOLDER, PendingOperation.Kind.CREATE);
        assertThat(ops.getFirst()).satisfies(op -> {
            assertThat(op.folderServerId()).isEqualTo("calendar");
            assertThat(op.itemServerId()).isEqualTo(localId);
            assertThat(op.value()).isEqualTo("Journeys");
        });

        log().markDone(ops.getFirst().id(), new UploadResult("fid-7", null));

        assertThat(folder("Journeys").serverId()).isEqualTo("fid-7");
        assertThat(log().pending()).singleElement().satisfies(op -> assertThat(op.folderServerId()).isEqualTo("fid-7"));
        assertThat(store.items(made, ItemSort.SUBJECT, 0, 10)).singleElement()
                .satisfies(i -> assertThat(i.subject()).isEqualTo("Train"));
        storage.replaceFolders(List.of(SERVER.get(0), SERVER.get(1),
                new RemoteFolder("fid-7", "calendar", "Journeys", FolderKind.CALENDAR)));
        assertThat(folder("Journeys").id()).isEqualTo(made);
    }

    @Test
    void aReplayedCreationWhoseFolderAListAlreadyBroughtMergesIntoIt() {
        long made = store.createFolder(folder("Inbox").id(), "Receipts");
        PendingOperation create = log().pending().getFirst();
        storage.replaceFolders(List.of(SERVER.get(0), SERVER.get(1),
                new RemoteFolder("fid-9", "inbox", "Receipts", FolderKind.MAIL)));
        assertThat(store.folders(TestItems.ACCOUNT)).hasSize(4);

        log().markDone(create.id(), new UploadResult("fid-9", null));

        assertThat(store.folders(TestItems.ACCOUNT)).hasSize(3);
        assertThat(folder("Receipts").serverId()).isEqualTo("fid-9");
        assertThat(store.folders(TestItems.ACCOUNT)).extracting(CachedFolder::id).doesNotContain(made);
    }

    @Test
    void aRenamedServerFolderKeepsItsNewNameUntilTheRenameIsUploaded() {
        long inbox = folder("Inbox").id();
        store.renameFolder(inbox, "Post");
        store.renameFolder(inbox, "Mail");

        storage.replaceFolders(SERVER);

        assertThat(store.folders(TestItems.ACCOUNT)).extracting(CachedFolder::displayName).contains("Mail");
        assertThat(log().pending()).singleElement().satisfies(op -> {
            assertThat(op.kind()).isEqualTo(PendingOperation.Kind.RENAME_FOLDER);
            assertThat(op.folderServerId()).isEqualTo("inbox");
            assertThat(op.value()).isEqualTo("Mail");
        });
        log().markDone(log().pending().getFirst().id(), UploadResult.DONE);
        storage.replaceFolders(SERVER);
        assertThat(folder("Inbox").id()).isEqualTo(inbox);
        assertThatThrownBy(() -> store.renameFolder(inbox, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    private PendingOperationLog log() {
        return store.pendingOperations(TestItems.ACCOUNT);
    }

    private CachedFolder folder(String name) {
        return store.folders(TestItems.ACCOUNT).stream().filter(f -> f.displayName().equals(name)).findFirst()
                .orElseThrow();
    }
}
