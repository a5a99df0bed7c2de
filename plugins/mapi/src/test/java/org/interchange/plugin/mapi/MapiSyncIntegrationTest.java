package org.interchange.plugin.mapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.AccountSettings;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.BackendFactory;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.sync.SyncEngine;
import org.interchange.cache.sync.SyncResult;
import org.interchange.mapi.client.FolderInfo;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.MapiTable;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.EmbeddedDemoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MAPI plugin syncs the demo mailbox of a real mapi-server over loopback HTTP into a real H2 cache file. */
class MapiSyncIntegrationTest {
    private static final String ACCOUNT = "demo-account";

    @TempDir
    static Path dir;
    static EmbeddedDemoServer server;

    @BeforeAll
    static void startServer() {
        server = EmbeddedDemoServer.start(dir.resolve("server"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static AccountSettings settings(String password) {
        return new AccountSettings(ACCOUNT, server.emsmdbUri().toString(), server.user(), password.toCharArray());
    }

    private static Backend backend(String password) {
        BackendFactory factory = ServiceLoader.load(BackendFactory.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.type().equals("mapi")).findFirst().orElseThrow();
        return factory.create(settings(password));
    }

    @Test
    void syncsEveryKindOfFolderAndMatchesAFullServerListing() {
        Path profile = dir.resolve("profile-full");
        Map<String, Integer> serverCounts = new HashMap<>();
        try (MapiSession session = MapiSession.connect(server.emsmdbUri(), server.user(),
                server.password().toCharArray())) {
            for (FolderInfo f : session.folderHierarchy()) {
                try (MapiTable table = session.contentsTable(f.folderId(), List.of(PidTag.MID))) {
                    serverCounts.put(f.displayName(), table.readAll().size());
                }
            }
        }

        try (H2CacheStore cache = openCache("profile-full"); Backend backend = backend(server.password())) {
            SyncResult result = new SyncEngine(cache, ACCOUNT, backend).run(SyncListener.NONE, new CancellationToken());
            assertThat(result.failedFolders()).isEmpty();

            List<CachedFolder> folders = cache.folders(ACCOUNT);
            assertThat(folders).extracting(CachedFolder::kind)
                    .contains(FolderKind.MAIL, FolderKind.CALENDAR, FolderKind.CONTACTS, FolderKind.TASKS, FolderKind.NOTES);
            for (CachedFolder f : folders) {
                assertThat(cache.itemCount(f.id())).as(f.displayName()).isEqualTo(serverCounts.get(f.displayName()));
            }
            CachedFolder inbox = folder(cache, "Inbox");
            assertThat(cache.itemCount(inbox.id())).isGreaterThan(100);
            assertThat(inbox.unreadCount()).isPositive();
        }

        // Closed and reopened: everything is still there, bodies and attachments included.
        try (H2CacheStore cache = H2CacheStore.open(profile)) {
            CachedFolder inbox = folder(cache, "Inbox");
            List<ItemSummary> page = cache.items(inbox.id(), ItemSort.DATE_DESC, 0, 500);
            ItemSummary withAttachment = page.stream().filter(ItemSummary::hasAttachments).findFirst().orElseThrow();
            ItemDetail detail = cache.item(withAttachment.id()).orElseThrow();
            assertThat(detail.attachments()).isNotEmpty();
            assertThat(cache.attachmentContent(detail.attachments().getFirst().id())).isNotEmpty();
            assertThat(page).allSatisfy(i -> assertThat(i.subject()).isNotBlank());
            assertThat(page.stream().map(i -> cache.item(i.id()).orElseThrow())
                    .anyMatch(d -> d.bodyHtml() != null && d.bodyHtml().contains("<"))).isTrue();

            CachedFolder calendar = cache.folders(ACCOUNT).stream().filter(f -> f.kind() == FolderKind.CALENDAR)
                    .findFirst().orElseThrow();
            List<ItemSummary> events = cache.items(calendar.id(), ItemSort.DATE_ASC, 0, 500);
            assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isNotNull());
            assertThat(events.stream().map(e -> cache.item(e.id()).orElseThrow())
                    .anyMatch(d -> d.field(ItemFields.RECURRENCE) != null
                            && d.field(ItemFields.RECURRENCE).startsWith("Every"))).isTrue();

            CachedFolder tasks = cache.folders(ACCOUNT).stream().filter(f -> f.kind() == FolderKind.TASKS)
                    .findFirst().orElseThrow();
            assertThat(cache.items(tasks.id(), ItemSort.DATE_ASC, 0, 100)).isNotEmpty().allSatisfy(t -> {
                ItemDetail task = cache.item(t.id()).orElseThrow();
                assertThat(Integer.parseInt(task.field(ItemFields.TASK_STATUS))).isBetween(0, 4);
                assertThat(Double.parseDouble(task.field(ItemFields.PERCENT_COMPLETE))).isBetween(0.0, 1.0);
            });
        }
    }

    @Test
    void aSecondSyncFetchesNothingWhenNothingChanged() {
        try (H2CacheStore cache = openCache("profile-again"); Backend backend = backend(server.password())) {
            SyncEngine engine = new SyncEngine(cache, ACCOUNT, backend);
            engine.run(SyncListener.NONE, new CancellationToken());
            int[] expected = {0};
            engine.run(new SyncListener() {
                @Override
                public void folderStarted(String folderServerId, String displayName, int expectedItems) {
                    expected[0] += Math.max(0, expectedItems); // the engine announces -1 (unknown) first
                }
            }, new CancellationToken());
            assertThat(expected[0]).isZero();
        }
    }

    @Test
    void readAndUnreadMadeInTheCacheReachTheServer() {
        try (H2CacheStore cache = openCache("profile-read"); Backend backend = backend(server.password())) {
            SyncEngine engine = new SyncEngine(cache, ACCOUNT, backend);
            engine.run(SyncListener.NONE, new CancellationToken());
            CachedFolder inbox = folder(cache, "Inbox");
            ItemSummary unread = cache.items(inbox.id(), ItemSort.DATE_DESC, 0, 500).stream()
                    .filter(i -> !i.read()).findFirst().orElseThrow();
            long fid = ServerIds.parse(inbox.serverId());
            long mid = ServerIds.parse(unread.serverId());
            assertThat(serverReadBit(fid, mid)).isFalse();

            cache.setRead(unread.id(), true);
            assertThat(cache.pendingOperations(ACCOUNT).pending()).hasSize(1);
            SyncResult read = engine.run(SyncListener.NONE, new CancellationToken());
            assertThat(read.uploadsFailed()).isZero();
            assertThat(read.uploaded()).isEqualTo(1);
            assertThat(cache.pendingOperations(ACCOUNT).pending()).isEmpty();
            assertThat(serverReadBit(fid, mid)).isTrue();

            cache.setRead(unread.id(), false);
            engine.run(SyncListener.NONE, new CancellationToken());
            assertThat(cache.pendingOperations(ACCOUNT).pending()).isEmpty();
            assertThat(serverReadBit(fid, mid)).isFalse();
            assertThat(cache.item(unread.id()).orElseThrow().summary().read()).isFalse();
        }
    }

    /** The read bit of PidTagMessageFlags in the contents table of a fresh session. */
    private static boolean serverReadBit(long folderId, long messageId) {
        try (MapiSession session = MapiSession.connect(server.emsmdbUri(), server.user(),
                server.password().toCharArray());
             MapiTable table = session.contentsTable(folderId, List.of(PidTag.MID, PidTag.MESSAGE_FLAGS))) {
            return table.readAll().stream().filter(r -> r.number(PidTag.MID, 0) == messageId)
                    .map(r -> (r.number(PidTag.MESSAGE_FLAGS, 0) & PidTag.MSGFLAG_READ) != 0)
                    .findFirst().orElseThrow();
        }
    }

    @Test
    void aWrongPasswordIsReportedAsSuchAndNotAsOffline() {
        try (H2CacheStore cache = openCache("profile-denied");
             Backend backend = backend("not-the-password")) {
            assertThatThrownBy(() -> backend.syncFolders(cache.storage(ACCOUNT), new CancellationToken()))
                    .isInstanceOf(BackendException.class)
                    .hasMessageContaining("refused the user name or password")
                    .satisfies(e -> assertThat(((BackendException) e).offline()).isFalse());
        }
    }

    @Test
    void anUnreachableServerIsReportedOffline() {
        AccountSettings nowhere = new AccountSettings(ACCOUNT, "http://127.0.0.1:9/mapi/emsmdb", "demo",
                "x".toCharArray());
        try (H2CacheStore cache = openCache("profile-offline");
             Backend backend = new MapiBackendFactory().create(nowhere)) {
            assertThatThrownBy(() -> backend.syncFolders(cache.storage(ACCOUNT), new CancellationToken()))
                    .isInstanceOf(BackendException.class)
                    .satisfies(e -> assertThat(((BackendException) e).offline()).isTrue());
        }
    }

    private static H2CacheStore openCache(String name) {
        H2CacheStore cache = H2CacheStore.open(dir.resolve(name));
        cache.saveAccount(new AccountInfo(ACCOUNT, "Demo", "mapi", server.emsmdbUri().toString(), server.user()));
        return cache;
    }

    private static CachedFolder folder(H2CacheStore cache, String name) {
        return cache.folders(ACCOUNT).stream().filter(f -> f.displayName().equals(name)).findFirst().orElseThrow();
    }
}
