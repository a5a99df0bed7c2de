package org.interchange.plugin.mapi.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.FolderRole;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.MessageDraft;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.AccountSettings;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.sync.SyncEngine;
import org.interchange.cache.sync.SyncResult;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.interchange.plugin.mapi.MapiBackendFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of local edit made in the cache reaches a real MAPI/HTTP server, and the cache ends equal to it. */
class UploadIntegrationTest {
    private static final String ACCOUNT = "upload-account";

    @TempDir
    Path dir;

    @Test
    void flagsMovesDeletionsCreationsEditsAndSendingReachTheServer() {
        try (FaultServer server = new FaultServer(dir.resolve("server"));
             H2CacheStore cache = H2CacheStore.open(dir.resolve("profile"))) {
            for (int i = 0; i < 4; i++) {
                server.addMessage(SpecialFolder.INBOX, false);
            }
            server.registerNamedProperties(org.interchange.plugin.mapi.ItemProperties.NAMED);
            String url = server.emsmdbUri().toString();
            cache.saveAccount(new AccountInfo(ACCOUNT, "Upload", MapiBackendFactory.TYPE, url, FaultServer.USER));
            try (Backend backend = new MapiBackendFactory().create(new AccountSettings(ACCOUNT, url, FaultServer.USER,
                    FaultServer.PASSWORD.toCharArray()))) {
                SyncEngine engine = new SyncEngine(cache, ACCOUNT, backend);
                assertThat(sync(engine).outcome()).isEqualTo(SyncResult.Outcome.COMPLETED);
                assertThat(folder(cache, server, SpecialFolder.DELETED_ITEMS).role()).isEqualTo(FolderRole.DELETED);

                List<ItemSummary> inbox = items(cache, server, SpecialFolder.INBOX);
                cache.setFlagged(inbox.get(0).id(), true);
                cache.delete(inbox.get(1).id(), DeleteMode.TO_DELETED_ITEMS);
                cache.delete(inbox.get(2).id(), DeleteMode.PERMANENTLY);
                CachedFolder contacts = cache.folders(ACCOUNT).stream().filter(f -> f.displayName().equals("Contacts"))
                        .findFirst().orElseThrow();
                long contact = cache.create(contacts.id(), ItemContent.contact("Grace Hopper", "grace@example.org",
                        "Navy", null, null, null, null));
                CachedFolder calendar = cache.folders(ACCOUNT).stream().filter(f -> f.displayName().equals("Calendar"))
                        .findFirst().orElseThrow();
                Instant start = Instant.parse("2026-12-01T09:00:00Z");
                cache.create(calendar.id(), ItemContent.appointment("Review", start, start.plusSeconds(3600), "Room 1",
                        false, null));
                cache.send(ACCOUNT, OptionalLong.empty(), new MessageDraft(List.of("Bob <bob@example.org>"), List.of(),
                        List.of(), "Hello Bob", "Hi", null, List.of()));

                SyncResult result = sync(engine);

                assertThat(result.outcome()).isEqualTo(SyncResult.Outcome.COMPLETED);
                assertThat(result.uploaded()).isEqualTo(6);
                assertThat(cache.pendingOperations(ACCOUNT).pending()).isEmpty();
                String flaggedId = inbox.get(0).serverId();
                MessageRecord flagged = server.messages(SpecialFolder.INBOX).stream()
                        .filter(m -> HexFormat.of().toHexDigits(m.mid()).equals(flaggedId)).findFirst().orElseThrow();
                assertThat(flagged.properties()).extracting(PropertyValue::tag).contains(PidTag.FLAG_STATUS);
                assertThat(server.messages(SpecialFolder.INBOX)).hasSize(2);
                assertThat(server.messages(SpecialFolder.DELETED_ITEMS)).hasSize(1);
                assertThat(cache.items(contacts.id(), ItemSort.SUBJECT, 0, 10)).singleElement().satisfies(c -> {
                    assertThat(c.subject()).isEqualTo("Grace Hopper");
                    assertThat(c.state()).isEqualTo(OfflineState.SYNCED);
                });
                assertThat(cache.item(contact)).isPresent();
                assertThat(cache.items(calendar.id(), ItemSort.SUBJECT, 0, 10)).extracting(ItemSummary::subject)
                        .containsExactly("Review");
                assertThat(items(cache, server, SpecialFolder.INBOX)).filteredOn(ItemSummary::flagged).hasSize(1);
                Convergence.assertCacheEqualsServer(cache, ACCOUNT, server, "after upload");
            }
        }
    }

    /** Syncs; a failure is thrown with its cause, so the test names what the server refused. */
    private static SyncResult sync(SyncEngine engine) {
        Exception[] error = new Exception[1];
        SyncResult result = engine.run(new SyncListener() {
            @Override
            public void syncFinished(String accountId, Exception errorOrNull) {
                error[0] = errorOrNull;
            }
        }, new CancellationToken());
        if (error[0] != null) {
            throw new AssertionError("sync ended " + result, error[0]);
        }
        return result;
    }

    private static CachedFolder folder(H2CacheStore cache, FaultServer server, SpecialFolder special) {
        String id = HexFormat.of().toHexDigits(server.folderId(special));
        return cache.folders(ACCOUNT).stream().filter(f -> f.serverId().equals(id)).findFirst().orElseThrow();
    }

    private static List<ItemSummary> items(H2CacheStore cache, FaultServer server, SpecialFolder special) {
        return cache.items(folder(cache, server, special).id(), ItemSort.DATE_ASC, 0, 100);
    }
}
