package org.interchange.plugin.mapi.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.FolderRole;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.MessageDraft;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.sync.SyncResult;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of local edit made in the cache reaches a real MAPI/HTTP server, and the cache ends equal to it. */
class UploadIntegrationTest {
    private static final String ACCOUNT = "upload-account";

    @TempDir
    Path dir;

    @Test
    void flagsMovesDeletionsCreationsEditsAndSendingReachTheServer() {
        try (ClientSync client = new ClientSync(dir, ACCOUNT)) {
            FaultServer server = client.server();
            H2CacheStore cache = client.cache();
            for (int i = 0; i < 4; i++) {
                server.addMessage(SpecialFolder.INBOX, false);
            }
            assertThat(client.sync().outcome()).isEqualTo(SyncResult.Outcome.COMPLETED);
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

            SyncResult result = client.sync();

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

    private static CachedFolder folder(H2CacheStore cache, FaultServer server, SpecialFolder special) {
        String id = HexFormat.of().toHexDigits(server.folderId(special));
        return cache.folders(ACCOUNT).stream().filter(f -> f.serverId().equals(id)).findFirst().orElseThrow();
    }

    private static List<ItemSummary> items(H2CacheStore cache, FaultServer server, SpecialFolder special) {
        return cache.items(folder(cache, server, special).id(), ItemSort.DATE_ASC, 0, 100);
    }
}
