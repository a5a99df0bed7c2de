package org.interchange.cache.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.spi.RemoteAttachment;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.RemoteItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a message synced headers only fetches its body through the attached backend, when online. */
class MissingBodiesTest {
    private static final String ACCOUNT = "acc-1";

    @TempDir
    Path dir;
    H2CacheStore store;
    FakeBackend server = new FakeBackend();

    @BeforeEach
    void open() {
        store = H2CacheStore.open(dir);
        store.saveAccount(new AccountInfo(ACCOUNT, "Work", "fake", "https://mail.example.org", "alice"));
        server.addFolder(new RemoteFolder("inbox", null, "Inbox", FolderKind.MAIL),
                mail("a", null, Map.of(ItemFields.BODY_NOT_DOWNLOADED, "true"), List.of()));
        server.whole.put("a", mail("a", "The whole text", Map.of(ItemFields.MESSAGE_ID, "<a@example.org>"),
                List.of(new RemoteAttachment("a.txt", "text/plain", null, new byte[] {1, 2, 3}))));
        new SyncEngine(store, ACCOUNT, server).run(SyncListener.NONE, new CancellationToken());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void withoutABackendTheItemIsReadAsSyncedAndMarked() {
        ItemDetail d = store.item(itemId()).orElseThrow();

        assertThat(d.bodyText()).isNull();
        assertThat(d.field(ItemFields.BODY_NOT_DOWNLOADED)).isEqualTo("true");
        assertThat(server.calls).doesNotContain("fetch a");
    }

    @Test
    void onlineTheWholeItemIsFetchedOnceAndStored() {
        store.attachBackend(ACCOUNT, server);

        ItemDetail d = store.item(itemId()).orElseThrow();
        assertThat(d.bodyText()).isEqualTo("The whole text");
        assertThat(d.fields()).containsEntry(ItemFields.MESSAGE_ID, "<a@example.org>")
                .doesNotContainKey(ItemFields.BODY_NOT_DOWNLOADED);
        assertThat(d.attachments()).singleElement().satisfies(a -> assertThat(a.fileName()).isEqualTo("a.txt"));

        store.item(itemId());
        assertThat(server.calls.stream().filter("fetch a"::equals)).hasSize(1);
    }

    @Test
    void offlineTheItemIsReadAsSyncedAndStaysMarked() {
        store.attachBackend(ACCOUNT, server);
        server.offline = true;

        ItemDetail d = store.item(itemId()).orElseThrow();
        assertThat(d.bodyText()).isNull();
        assertThat(d.field(ItemFields.BODY_NOT_DOWNLOADED)).isEqualTo("true");

        server.offline = false;
        assertThat(store.item(itemId()).orElseThrow().bodyText()).isEqualTo("The whole text");
    }

    @Test
    void aDetachedBackendIsNoLongerAsked() {
        store.attachBackend(ACCOUNT, server);
        store.detachBackend(ACCOUNT, server);

        assertThat(store.item(itemId()).orElseThrow().bodyText()).isNull();
        assertThat(server.calls).doesNotContain("fetch a");
    }

    private long itemId() {
        long inbox = store.folders(ACCOUNT).getFirst().id();
        return store.items(inbox, ItemSort.DATE_DESC, 0, 10).getFirst().id();
    }

    private static RemoteItem mail(String id, String body, Map<String, String> fields, List<RemoteAttachment> files) {
        return new RemoteItem(id, "rev-1", ItemKind.MAIL, "Subject", "s@example.org", null,
                Instant.parse("2026-01-01T10:00:00Z"), null, 10, false, false, body, null, fields, files, null);
    }
}
