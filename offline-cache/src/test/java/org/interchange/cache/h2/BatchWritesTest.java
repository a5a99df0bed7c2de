package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.cache.h2.TestItems.ACCOUNT;
import static org.interchange.cache.h2.TestItems.T0;
import static org.interchange.cache.h2.TestItems.mail;
import static org.interchange.cache.h2.TestItems.mailFolder;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.spi.BackendFolder;
import org.interchange.cache.spi.ItemBatch;
import org.interchange.cache.spi.RemoteAttachment;
import org.interchange.cache.spi.RemoteItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch write path of issue 4: upserts looked up together, bodies kept in their rows, V65. */
class BatchWritesTest {

    @TempDir
    Path dir;

    @Test
    void upsertsLookedUpTogetherKeepTheirOrderWithDeletesAndReadChanges() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendFolder folder = TestItems.account(store, mailFolder("inbox", "Inbox")).folder("inbox");
            H2CacheStoreTest.commit(folder, b -> {
                b.upsert(mail("twice", "First", "x@example.org", T0, 1, false));
                b.upsert(mail("twice", "Second", "x@example.org", T0, 2, true));
                b.upsert(mail("gone", false));
                b.delete("gone");
                b.upsert(mail("marked", false));
                b.setRead("marked", true);
            });

            CachedFolder inbox = store.folders(ACCOUNT).getFirst();
            List<ItemSummary> items = store.items(inbox.id(), ItemSort.SUBJECT, 0, 10);
            assertThat(items).extracting(ItemSummary::serverId, ItemSummary::subject, ItemSummary::read)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("twice", "Second", true),
                            org.assertj.core.groups.Tuple.tuple("marked", "Subject marked", true));
            assertThat(inbox.totalCount()).isEqualTo(2);
            assertThat(inbox.unreadCount()).isZero();
        }
    }

    @Test
    void deletionsAndReadChangesAppliedTogetherCountEachItemOnceAndSkipUnknownIds() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendFolder folder = TestItems.account(store, mailFolder("inbox", "Inbox")).folder("inbox");
            H2CacheStoreTest.commit(folder, b -> {
                for (String id : List.of("a", "b", "c", "d")) {
                    b.upsert(mail(id, false));
                }
            });
            H2CacheStoreTest.commit(folder, b -> {
                b.delete("a");
                b.delete("a");
                b.delete("unknown");
                b.setRead("b", true);
                b.setRead("b", false);
                b.setRead("c", true);
                b.setRead("c", true);
                b.setRead("unknown", true);
                b.delete("d");
            });

            CachedFolder inbox = store.folders(ACCOUNT).getFirst();
            assertThat(store.items(inbox.id(), ItemSort.SUBJECT, 0, 10))
                    .extracting(ItemSummary::serverId, ItemSummary::read)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("b", false),
                            org.assertj.core.groups.Tuple.tuple("c", true));
            assertThat(inbox.totalCount()).isEqualTo(2);
            assertThat(inbox.unreadCount()).isEqualTo(1);
        }
    }

    @Test
    void aMessageWhoseAttachmentsWereNotDownloadedStillShowsThatItHasSome() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendFolder folder = TestItems.account(store, mailFolder("inbox", "Inbox")).folder("inbox");
            RemoteItem plain = mail("plain", "Plain", "x@example.org", T0, 1, false);
            RemoteItem headersOnly = new RemoteItem("report", "rev-1", ItemKind.MAIL, "Report", "x@example.org",
                    "bob@example.org", T0, null, 90_000, false, false, null, null,
                    Map.of(ItemFields.BODY_NOT_DOWNLOADED, "true", ItemFields.HAS_ATTACHMENTS, "true"), List.of(), null);
            H2CacheStoreTest.commit(folder, b -> {
                b.upsert(plain);
                b.upsert(headersOnly);
            });

            CachedFolder inbox = store.folders(ACCOUNT).getFirst();
            assertThat(store.items(inbox.id(), ItemSort.SUBJECT, 0, 10))
                    .extracting(ItemSummary::subject, ItemSummary::hasAttachments)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Plain", false),
                            org.assertj.core.groups.Tuple.tuple("Report", true));
        }
    }

    @Test
    void batchesLongerThanOneLookupStoreNewAndChangedItemsWithRightCounts() {
        int count = ItemWriter.LOOKUP_BATCH * 2 + 7;
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendFolder folder = TestItems.account(store, mailFolder("inbox", "Inbox")).folder("inbox");
            H2CacheStoreTest.commit(folder, b -> {
                for (int i = 0; i < count; i++) {
                    b.upsert(mail("m-" + i, i % 2 == 0));
                }
            });
            H2CacheStoreTest.commit(folder, b -> {
                for (int i = count - 2; i > 0; i -= 2) { // the unread ones, last first
                    b.upsert(mail("m-" + i, "Changed " + i, "y@example.org", T0, i, true));
                }
                b.upsert(mail("new", false));
            });

            CachedFolder inbox = store.folders(ACCOUNT).getFirst();
            assertThat(inbox.totalCount()).isEqualTo(count + 1);
            assertThat(inbox.unreadCount()).isEqualTo(1);
            assertThat(folder.itemRevisions()).hasSize(count + 1);
            assertThat(store.items(inbox.id(), ItemSort.SUBJECT, 0, count + 1))
                    .filteredOn(s -> s.subject().startsWith("Changed")).hasSize(count / 2);
        }
    }

    @Test
    void itemsABatchInsertsAreQueuedForSearchByTheBatchAndChangesByTheTrigger() {
        int count = ItemWriter.LOOKUP_BATCH + 3;
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendFolder folder = TestItems.account(store, mailFolder("inbox", "Inbox")).folder("inbox");
            try (ItemBatch rolledBack = folder.beginBatch()) {
                rolledBack.upsert(mail("never", "Vanished", "x@example.org", T0, 1, false));
            }
            H2CacheStoreTest.commit(folder, b -> {
                for (int i = 0; i < count; i++) {
                    b.upsert(mail("m-" + i, "Word" + i + " report", "x@example.org", T0, 1, false));
                }
            });
            H2CacheStoreTest.commit(folder, b -> b.upsert(mail("m-0", "Renamed", "x@example.org", T0, 1, false)));

            assertThat(store.search("report", 100)).hasSize(count - 1);
            assertThat(store.search("word" + (count - 1), 10)).extracting(ItemSummary::serverId)
                    .containsExactly("m-" + (count - 1));
            assertThat(store.search("renamed", 10)).extracting(ItemSummary::serverId).containsExactly("m-0");
            assertThat(store.search("vanished", 10)).isEmpty();
        }
    }

    @Test
    void bodiesAndAttachmentsShorterAndLongerThanTheInRowLimitReadBackWhole() {
        Random random = new Random(65);
        String shortText = "a".repeat(300);
        String longHtml = "<p>" + "é".repeat(H2Database.INPLACE_LOB_BYTES) + "</p>";
        byte[] small = new byte[1_000];
        byte[] large = new byte[H2Database.INPLACE_LOB_BYTES * 3];
        random.nextBytes(small);
        random.nextBytes(large);
        RemoteItem item = new RemoteItem("m", "r", ItemKind.MAIL, "Files", "x@example.org", "y@example.org", T0, null,
                5, false, false, shortText, longHtml, Map.of(),
                List.of(new RemoteAttachment("s.bin", "application/octet-stream", null, small),
                        new RemoteAttachment("l.bin", "application/octet-stream", null, large)), null);
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendFolder folder = TestItems.account(store, mailFolder("inbox", "Inbox")).folder("inbox");
            H2CacheStoreTest.commit(folder, b -> b.upsert(item));
        }
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            long inbox = store.folders(ACCOUNT).getFirst().id();
            ItemDetail detail = store.item(store.items(inbox, ItemSort.DATE_DESC, 0, 1).getFirst().id()).orElseThrow();
            assertThat(detail.bodyText()).isEqualTo(shortText);
            assertThat(detail.bodyHtml()).isEqualTo(longHtml);
            assertThat(detail.attachments()).hasSize(2);
            assertThat(store.attachmentContent(detail.attachments().get(0).id())).isEqualTo(small);
            assertThat(store.attachmentContent(detail.attachments().get(1).id())).isEqualTo(large);
        }
    }

    @Test
    void v65CarriesACacheOfV64ForwardWithItsItemsAndLargerIdentityCaches() throws Exception {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + dir.resolve(H2CacheStore.FILE_NAME).toAbsolutePath());
        source.setUser("sa");
        Flyway.configure().dataSource(source).locations(SchemaMigrations.LOCATION).target("64").load().migrate();
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO accounts (id, display_name, backend_type) VALUES ('" + ACCOUNT + "', 'W', 'mapi')");
            s.execute("INSERT INTO folders (account_id, server_id, display_name, kind, position, total_count) "
                    + "VALUES ('" + ACCOUNT + "', 'inbox', 'Inbox', 'MAIL', 0, 1)");
            s.execute("INSERT INTO items (folder_id, server_id, kind, offline_state, subject, item_size, is_read, "
                    + "flagged, has_attachments, body_text) SELECT id, 'old', 'MAIL', 'SYNCED', 'Kept', 1, TRUE, "
                    + "FALSE, FALSE, REPEAT('b', 5000) FROM folders");
        }

        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendFolder folder = store.storage(ACCOUNT).folder("inbox");
            H2CacheStoreTest.commit(folder, b -> b.upsert(mail("new", false)));
            long inbox = store.folders(ACCOUNT).getFirst().id();
            assertThat(store.items(inbox, ItemSort.SUBJECT, 0, 10)).extracting(ItemSummary::subject)
                    .containsExactly("Kept", "Subject new");
            ItemSummary kept = store.items(inbox, ItemSort.SUBJECT, 0, 1).getFirst();
            assertThat(store.item(kept.id()).orElseThrow().bodyText()).isEqualTo("b".repeat(5000));
        }
        try (Connection c = DriverManager.getConnection(source.getURL(), "sa", "");
             ResultSet r = c.createStatement().executeQuery("SELECT table_name, identity_cache FROM "
                     + "information_schema.columns WHERE table_name IN ('ITEMS', 'ATTACHMENTS', 'SEARCH_PENDING') "
                     + "AND is_identity = 'YES'")) {
            int identities = 0;
            while (r.next()) {
                assertThat(r.getLong(2)).as(r.getString(1)).isEqualTo(1000);
                identities++;
            }
            assertThat(identities).isEqualTo(3);
        }
    }
}
