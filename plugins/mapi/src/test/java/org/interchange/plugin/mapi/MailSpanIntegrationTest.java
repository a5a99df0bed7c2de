package org.interchange.plugin.mapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.plugin.mapi.MailScopeIntegrationTest.folder;
import static org.interchange.plugin.mapi.MailScopeIntegrationTest.subjects;
import static org.interchange.plugin.mapi.MailScopeIntegrationTest.sync;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.api.SyncScope;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.sync.SyncEngine;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A span of mail ("mail of the last 30 days") between a real mapi-server on loopback and a real H2 cache while a fake
 * clock moves days forward: mail that ages out leaves the cache with each sync unless a local change of it waits,
 * an evicted message changed on the server stays out, widening the scope brings the older mail back once and
 * narrowing evicts it again; after every step the cache holds exactly the server's mail of the span.
 */
class MailSpanIntegrationTest {
    private static final Instant DAY0 = Instant.parse("2026-06-15T12:00:00Z");

    @TempDir
    Path dir;
    LoopbackMailbox server;
    FakeClock clock = new FakeClock(DAY0);
    long tenDays;
    long twentyFiveDays;
    long fortyFiveDays;

    @BeforeEach
    void start() {
        server = new LoopbackMailbox(dir.resolve("server"));
        tenDays = server.add(SpecialFolder.INBOX, mail("Ten days", DAY0.minus(Duration.ofDays(10))));
        twentyFiveDays = server.add(SpecialFolder.INBOX, mail("Twenty-five days", DAY0.minus(Duration.ofDays(25))));
        fortyFiveDays = server.add(SpecialFolder.INBOX, mail("Forty-five days", DAY0.minus(Duration.ofDays(45))));
        server.add(SpecialFolder.DRAFTS, List.of(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"),
                PropertyValue.of(PidTag.SUBJECT, "Unsent"),
                PropertyValue.of(PidTag.CLIENT_SUBMIT_TIME, DAY0.minus(Duration.ofDays(90)))));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void agedMailLeavesTheCacheUnlessALocalChangeWaitsAndStaysOutWhenItChanges() throws Exception {
        Path profile = dir.resolve("cache");
        try (H2CacheStore cache = LoopbackMailbox.cache(profile);
             Backend backend = server.backend(SyncScope.LAST_30_DAYS, clock)) {
            sync(cache, backend);
            assertCacheIsServerWithinSpan(cache);
            assertThat(subjects(cache, "Inbox")).containsExactly("Ten days", "Twenty-five days");

            cache.setRead(item(cache, "Inbox", "Twenty-five days").id(), true);
            clock.advance(Duration.ofDays(6));
            downloadOnly(cache, backend, "Inbox");
            assertThat(subjects(cache, "Inbox")).containsExactly("Ten days", "Twenty-five days");
            assertThat(cache.pendingOperations(LoopbackMailbox.ACCOUNT).pending())
                    .extracting(PendingOperation::kind).containsExactly(PendingOperation.Kind.SET_READ);

            sync(cache, backend);
            assertThat(server.isRead(twentyFiveDays)).isTrue();
            assertThat(cache.pendingOperations(LoopbackMailbox.ACCOUNT).pending()).isEmpty();
            assertCacheIsServerWithinSpan(cache);
            assertThat(subjects(cache, "Inbox")).containsExactly("Ten days");

            clock.advance(Duration.ofDays(15));
            server.add(SpecialFolder.INBOX, mail("Today", clock.instant()));
            sync(cache, backend);
            assertCacheIsServerWithinSpan(cache);
            assertThat(subjects(cache, "Inbox")).containsExactly("Today");
            assertThat(subjects(cache, "Drafts")).containsExactly("Unsent");

            server.update(SpecialFolder.INBOX, tenDays, mail("Ten days, edited", DAY0.minus(Duration.ofDays(10))));
            server.setRead(twentyFiveDays, false);
            sync(cache, backend);
            assertThat(subjects(cache, "Inbox")).containsExactly("Today");
            assertCacheIsServerWithinSpan(cache);
        }
        try (H2CacheStore cache = H2CacheStore.open(profile);
             Backend backend = server.backend(SyncScope.LAST_30_DAYS, clock)) {
            assertThat(subjects(cache, "Inbox")).containsExactly("Today");
            sync(cache, backend);
            assertThat(subjects(cache, "Inbox")).containsExactly("Today");
            assertCacheIsServerWithinSpan(cache);
        }
    }

    @Test
    void wideningBringsTheOlderMailBackOnceKeepingTheCachedItemsAndNarrowingEvictsItAgain() {
        Path profile = dir.resolve("cache");
        long row;
        try (H2CacheStore cache = LoopbackMailbox.cache(profile);
             Backend month = server.backend(SyncScope.LAST_30_DAYS, clock)) {
            sync(cache, month);
            row = item(cache, "Inbox", "Ten days").id();
            cache.setRead(row, true);
        }
        long sixtyDays = server.add(SpecialFolder.INBOX, mail("Sixty days", DAY0.minus(Duration.ofDays(60))));
        server.delete(SpecialFolder.INBOX, twentyFiveDays);
        try (H2CacheStore cache = H2CacheStore.open(profile); Backend all = server.backend(SyncScope.ALL, clock)) {
            sync(cache, all);
            assertThat(subjects(cache, "Inbox")).containsExactly("Ten days", "Forty-five days", "Sixty days");
            assertThat(item(cache, "Inbox", "Ten days").id()).isEqualTo(row);
            assertThat(item(cache, "Inbox", "Ten days").read()).isTrue();
            assertThat(server.isRead(tenDays)).isTrue();
            assertCacheIsServer(cache, Optional.empty());
            server.delete(SpecialFolder.INBOX, sixtyDays);

            server.update(SpecialFolder.INBOX, fortyFiveDays, mail("Forty-five days, edited",
                    DAY0.minus(Duration.ofDays(45))));
            sync(cache, all);
            assertThat(subjects(cache, "Inbox")).containsExactly("Ten days", "Forty-five days, edited");
        }
        try (H2CacheStore cache = H2CacheStore.open(profile);
             Backend year = server.backend(SyncScope.LAST_YEAR, clock)) {
            sync(cache, year);
            assertThat(subjects(cache, "Inbox")).hasSize(2);
        }
        try (H2CacheStore cache = H2CacheStore.open(profile);
             Backend month = server.backend(SyncScope.LAST_30_DAYS, clock)) {
            sync(cache, month);
            assertCacheIsServerWithinSpan(cache);
            assertThat(subjects(cache, "Inbox")).containsExactly("Ten days");

            server.update(SpecialFolder.INBOX, fortyFiveDays, mail("Forty-five days, again",
                    DAY0.minus(Duration.ofDays(45))));
            sync(cache, month);
            assertThat(subjects(cache, "Inbox")).containsExactly("Ten days");
            assertThat(item(cache, "Inbox", "Ten days").id()).isEqualTo(row);
        }
    }

    @Test
    void aWideningResyncCutOffResumesAndEndsWithTheServersMailOnce() {
        List<Long> older = new java.util.ArrayList<>();
        for (int i = 0; i < FolderContentsSync.BATCH_SIZE + 10; i++) {
            older.add(server.add(SpecialFolder.INBOX, mail("Older " + i, DAY0.minus(Duration.ofDays(50 + i)))));
        }
        Path profile = dir.resolve("cache");
        try (H2CacheStore cache = LoopbackMailbox.cache(profile);
             Backend month = server.backend(SyncScope.LAST_30_DAYS, clock)) {
            sync(cache, month);
        }
        try (H2CacheStore cache = H2CacheStore.open(profile); Backend all = server.backend(SyncScope.ALL, clock)) {
            CancellationToken cancel = new CancellationToken();
            String inbox = folder(cache, "Inbox").serverId();
            new SyncEngine(cache, LoopbackMailbox.ACCOUNT, all).run(new SyncListener() {
                @Override
                public void folderProgress(String folderServerId, int itemsDone, int itemsTotal, long bytes) {
                    if (folderServerId.equals(inbox)) {
                        cancel.cancel();
                    }
                }
            }, cancel);
            assertThat(ScopedCursor.resyncing(cache.storage(LoopbackMailbox.ACCOUNT).folder(inbox).syncCursor()
                    .orElseThrow())).as("cut off in the middle of the resync").isTrue();
            assertThat(subjects(cache, "Inbox")).contains("Ten days", "Twenty-five days");

            server.delete(SpecialFolder.INBOX, tenDays);
            server.delete(SpecialFolder.INBOX, older.getLast());
            sync(cache, all);

            assertCacheIsServer(cache, Optional.empty());
            assertThat(subjects(cache, "Inbox")).doesNotContain("Ten days").contains("Twenty-five days")
                    .hasSize(older.size() + 1);
        }
    }

    private void assertCacheIsServerWithinSpan(H2CacheStore cache) {
        assertCacheIsServer(cache, ScopedDownloadOptions.spanStart(SyncScope.LAST_30_DAYS, clock.instant()));
    }

    /** The cache's Inbox and Drafts hold each message of the server's delivered since {@code start} once, no other. */
    private void assertCacheIsServer(H2CacheStore cache, Optional<Instant> start) {
        for (String name : List.of("Inbox", "Drafts")) {
            SpecialFolder folder = name.equals("Inbox") ? SpecialFolder.INBOX : SpecialFolder.DRAFTS;
            List<String> onServer = server.messages(folder).stream()
                    .filter(mid -> start.isEmpty() || server.value(mid, PidTag.MESSAGE_DELIVERY_TIME)
                            .map(t -> !((Instant) t).isBefore(start.get())).orElse(true))
                    .map(mid -> (String) server.value(mid, PidTag.SUBJECT).orElseThrow()).toList();
            assertThat(subjects(cache, name)).as(name).containsExactlyInAnyOrderElementsOf(onServer);
            CachedFolder cached = folder(cache, name);
            assertThat(cached.totalCount()).as(name + " count").isEqualTo(onServer.size());
        }
    }

    /** Downloads one folder as the engine would after an upload that could not be made. */
    private static void downloadOnly(H2CacheStore cache, Backend backend, String name) throws Exception {
        BackendStorage storage = cache.storage(LoopbackMailbox.ACCOUNT);
        String id = folder(cache, name).serverId();
        backend.willSyncFolders(storage, storage.folders().stream().filter(f -> f.serverId().equals(id)).toList());
        backend.syncFolder(storage, id, SyncListener.NONE, new CancellationToken());
    }

    private static ItemSummary item(H2CacheStore cache, String folder, String subject) {
        return cache.items(folder(cache, folder).id(), ItemSort.DATE_DESC, 0, 100).stream()
                .filter(i -> subject.equals(i.subject())).findFirst().orElseThrow();
    }

    private static List<PropertyValue> mail(String subject, Instant delivered) {
        return List.of(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"), PropertyValue.of(PidTag.SUBJECT, subject),
                PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, delivered), PropertyValue.of(PidTag.MESSAGE_FLAGS, 0));
    }
}
