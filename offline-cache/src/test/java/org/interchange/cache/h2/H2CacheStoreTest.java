package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interchange.cache.h2.TestItems.ACCOUNT;
import static org.interchange.cache.h2.TestItems.T0;
import static org.interchange.cache.h2.TestItems.mail;
import static org.interchange.cache.h2.TestItems.mailFolder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.CacheException;
import org.interchange.cache.api.CacheListener;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.spi.BackendFolder;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.ItemBatch;
import org.interchange.cache.spi.RemoteAttachment;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.RemoteItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2CacheStoreTest {

    @TempDir
    Path dir;

    @Test
    void migratesTheSchemaIntoTheCacheFile() throws Exception {
        H2CacheStore.open(dir).close();

        assertThat(dir.resolve("cache.mv.db")).isRegularFile();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("cache"), "sa", "");
             ResultSet r = c.createStatement().executeQuery(
                     "SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = 'PUBLIC'")) {
            List<String> tables = new ArrayList<>();
            while (r.next()) {
                tables.add(r.getString(1));
            }
            assertThat(tables).contains("accounts", "folders", "items", "item_fields", "attachments",
                    "sync_cursors", "pending_operations", "flyway_schema_history");
        }
    }

    @Test
    void reopeningAnExistingCacheKeepsItsData() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            store.saveAccount(new AccountInfo(ACCOUNT, "Work", "mapi", "https://mail.example.org", "alice"));
        }
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            assertThat(store.accounts())
                    .containsExactly(new AccountInfo(ACCOUNT, "Work", "mapi", "https://mail.example.org", "alice"));
        }
    }

    @Test
    void aCommittedBatchIsReadBackWholeAfterReopening() {
        byte[] pdf = "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII);
        RemoteItem meeting = new RemoteItem("m-1", "ck-7", ItemKind.APPOINTMENT, "Planning", "carol@example.org",
                "alice@example.org; bob@example.org", T0, T0.plusSeconds(3600), 4321, false, true, "Agenda attached",
                "<p>Agenda <b>attached</b></p>", Map.of(ItemFields.LOCATION, "Room 1", ItemFields.ALL_DAY, "false"),
                List.of(new RemoteAttachment("agenda.pdf", "application/pdf", "cid-1", pdf)), new byte[]{1, 2, 3});
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendStorage storage = TestItems.account(store,
                    new RemoteFolder("cal", null, "Calendar", FolderKind.CALENDAR));
            try (ItemBatch batch = storage.folder("cal").beginBatch()) {
                batch.upsert(meeting);
                batch.upsert(mail("m-2", true));
                batch.setSyncCursor(new byte[]{9, 8, 7});
                batch.commit();
            }
        }

        try (H2CacheStore store = H2CacheStore.open(dir)) {
            CachedFolder calendar = store.folders(ACCOUNT).getFirst();
            assertThat(calendar).isEqualTo(new CachedFolder(calendar.id(), ACCOUNT, "cal", null, "Calendar",
                    FolderKind.CALENDAR, 2, 1));
            List<ItemSummary> page = store.items(calendar.id(), ItemSort.DATE_DESC, 0, 10);
            ItemSummary summary = page.stream().filter(s -> s.serverId().equals("m-1")).findFirst().orElseThrow();
            assertThat(summary).isEqualTo(new ItemSummary(summary.id(), calendar.id(), "m-1", ItemKind.APPOINTMENT,
                    "Planning", "carol@example.org", T0, T0.plusSeconds(3600), 4321, false, true, true,
                    "Agenda attached", OfflineState.SYNCED));

            ItemDetail detail = store.item(summary.id()).orElseThrow();
            assertThat(detail.summary()).isEqualTo(summary);
            assertThat(detail.recipients()).isEqualTo("alice@example.org; bob@example.org");
            assertThat(detail.bodyText()).isEqualTo("Agenda attached");
            assertThat(detail.bodyHtml()).isEqualTo("<p>Agenda <b>attached</b></p>");
            assertThat(detail.fields()).isEqualTo(Map.of(ItemFields.LOCATION, "Room 1", ItemFields.ALL_DAY, "false"));
            assertThat(detail.attachments()).singleElement().satisfies(a -> {
                assertThat(a.fileName()).isEqualTo("agenda.pdf");
                assertThat(a.mimeType()).isEqualTo("application/pdf");
                assertThat(a.contentId()).isEqualTo("cid-1");
                assertThat(a.size()).isEqualTo(pdf.length);
                assertThat(store.attachmentContent(a.id())).isEqualTo(pdf);
            });

            BackendFolder folder = store.storage(ACCOUNT).folder("cal");
            assertThat(folder.syncCursor()).hasValueSatisfying(c -> assertThat(c).containsExactly(9, 8, 7));
            assertThat(folder.itemRevisions()).isEqualTo(Map.of("m-1", "ck-7", "m-2", "rev-1"));
        }
    }

    @Test
    void closingABatchWithoutCommitLeavesNothing() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendStorage storage = TestItems.account(store, mailFolder("inbox", "Inbox"));
            try (ItemBatch batch = storage.folder("inbox").beginBatch()) {
                batch.upsert(mail("a", false));
                batch.setSyncCursor(new byte[]{1});
            }
            CachedFolder inbox = store.folders(ACCOUNT).getFirst();
            assertThat(store.items(inbox.id(), ItemSort.DATE_DESC, 0, 10)).isEmpty();
            assertThat(inbox.totalCount()).isZero();
            assertThat(inbox.unreadCount()).isZero();
            assertThat(storage.folder("inbox").syncCursor()).isEmpty();
        }
    }

    @Test
    void readersNeitherWaitForNorSeeAnOpenBatch() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendStorage storage = TestItems.account(store, mailFolder("inbox", "Inbox"));
            long inbox = store.folders(ACCOUNT).getFirst().id();
            try (ItemBatch batch = storage.folder("inbox").beginBatch()) {
                batch.upsert(mail("a", false));

                assertThat(store.items(inbox, ItemSort.DATE_DESC, 0, 10)).isEmpty();
                assertThat(store.folders(ACCOUNT).getFirst().totalCount()).isZero();

                batch.commit();
            }
            assertThat(store.items(inbox, ItemSort.DATE_DESC, 0, 10)).hasSize(1);
            assertThat(store.itemCount(inbox)).isEqualTo(1);
        }
    }

    @Test
    void upsertReplacesAnItemAndDeleteRemovesIt() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendStorage storage = TestItems.account(store, mailFolder("inbox", "Inbox"));
            BackendFolder folder = storage.folder("inbox");
            commit(folder, b -> {
                b.upsert(mail("a", false));
                b.upsert(mail("b", false));
            });
            commit(folder, b -> {
                b.upsert(mail("a", "New subject", "x@example.org", T0, 5, true));
                b.delete("b");
                b.delete("never-there");
            });

            long inbox = store.folders(ACCOUNT).getFirst().id();
            assertThat(store.items(inbox, ItemSort.DATE_DESC, 0, 10)).singleElement().satisfies(s -> {
                assertThat(s.serverId()).isEqualTo("a");
                assertThat(s.subject()).isEqualTo("New subject");
                assertThat(s.read()).isTrue();
            });
            assertThat(store.folders(ACCOUNT).getFirst().totalCount()).isEqualTo(1);
            assertThat(store.folders(ACCOUNT).getFirst().unreadCount()).isZero();
        }
    }

    @Test
    void replaceFoldersAddsRenamesAndRemovesFoldersWithTheirItems() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendStorage storage = TestItems.account(store, mailFolder("inbox", "Inbox"),
                    mailFolder("old", "Old"), new RemoteFolder("sub", "inbox", "Sub", FolderKind.MAIL));
            commit(storage.folder("old"), b -> b.upsert(mail("x", false)));
            long oldId = store.folders(ACCOUNT).get(1).id();

            storage.replaceFolders(List.of(mailFolder("inbox", "Posteingang"),
                    new RemoteFolder("sub", null, "Sub", FolderKind.MAIL),
                    new RemoteFolder("tasks", null, "Tasks", FolderKind.TASKS)));

            assertThat(storage.folders()).containsExactly(mailFolder("inbox", "Posteingang"),
                    new RemoteFolder("sub", null, "Sub", FolderKind.MAIL),
                    new RemoteFolder("tasks", null, "Tasks", FolderKind.TASKS));
            assertThat(store.items(oldId, ItemSort.DATE_DESC, 0, 10)).isEmpty();
            assertThatThrownBy(() -> storage.folder("old")).isInstanceOf(CacheException.class)
                    .hasMessageContaining("old");
        }
    }

    @Test
    void listenersHearAboutCommitsButNotRollbacks() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            List<String> events = new ArrayList<>();
            store.addListener(new CacheListener() {
                @Override
                public void foldersChanged(String accountId) {
                    events.add("folders " + accountId);
                }

                @Override
                public void itemsChanged(long folderId) {
                    events.add("items");
                }
            });
            BackendStorage storage = TestItems.account(store, mailFolder("inbox", "Inbox"));
            try (ItemBatch batch = storage.folder("inbox").beginBatch()) {
                batch.upsert(mail("a", false));
            }
            assertThat(events).containsExactly("folders " + ACCOUNT);

            commit(storage.folder("inbox"), b -> b.upsert(mail("a", false)));
            assertThat(events).containsExactly("folders " + ACCOUNT, "items", "folders " + ACCOUNT);
        }
    }

    @Test
    void aFailingListenerDoesNotKeepTheOthersFromHearing() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            List<String> heard = new ArrayList<>();
            store.addListener(new CacheListener() {
                @Override
                public void foldersChanged(String accountId) {
                    throw new IllegalStateException("listener bug");
                }
            });
            store.addListener(new CacheListener() {
                @Override
                public void foldersChanged(String accountId) {
                    heard.add(accountId);
                }
            });

            TestItems.account(store, mailFolder("inbox", "Inbox"));

            assertThat(heard).containsExactly(ACCOUNT);
            assertThat(store.folders(ACCOUNT)).hasSize(1);
        }
    }

    @Test
    void aFileThatIsNotAnH2DatabaseGivesAClearCacheException() throws Exception {
        Files.write(dir.resolve("cache.mv.db"), "this is not a database, just some text\n".repeat(200)
                .getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> H2CacheStore.open(dir))
                .isInstanceOf(CacheException.class)
                .hasMessageContaining(dir.resolve("cache.mv.db").toString())
                .hasMessageContaining("not an H2 database or it is corrupted");
    }

    @Test
    void unknownAccountsAndItemsAreReportedNotIgnored() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            assertThatThrownBy(() -> store.storage("nobody")).isInstanceOf(CacheException.class)
                    .hasMessageContaining("nobody");
            assertThatThrownBy(() -> store.setRead(42, true)).isInstanceOf(CacheException.class)
                    .hasMessageContaining("42");
            assertThatThrownBy(() -> store.attachmentContent(7)).isInstanceOf(CacheException.class);
            assertThat(store.item(42)).isEmpty();
        }
    }

    static void commit(BackendFolder folder, java.util.function.Consumer<ItemBatch> work) {
        try (ItemBatch batch = folder.beginBatch()) {
            work.accept(batch);
            batch.commit();
        }
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }
}
