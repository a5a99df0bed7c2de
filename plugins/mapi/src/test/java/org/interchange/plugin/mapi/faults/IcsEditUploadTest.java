package org.interchange.plugin.mapi.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.UploadResult;
import org.interchange.cache.sync.SyncResult;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline edits uploaded with RopSynchronizationImportMessageChange over real MAPI/HTTP into real H2 files: the
 * server takes an edit of the version it has, answers a replay of it by ignoring it, and refuses an edit of a
 * version it changed meanwhile, which the cache keeps as a conflict copy beside the server's version.
 */
class IcsEditUploadTest {
    private static final String ACCOUNT = "edit-account";

    @TempDir
    Path dir;
    ClientSync client;
    FaultServer server;
    CachedFolder contacts;

    @BeforeEach
    void start() {
        client = new ClientSync(dir, ACCOUNT);
        server = client.server();
        client.sync();
        contacts = client.folder("Contacts");
        client.cache().create(contacts.id(), ItemContent.contact("Grace Hopper", "grace@example.org",
                "Navy", null, null, null, null));
        client.sync();
        client.sync();
    }

    @AfterEach
    void stop() {
        client.close();
    }

    @Test
    void anEditOfTheServersVersionIsTakenAndItsReplayChangesNothing() {
        client.cache().update(onlyContact().id(), ItemContent.contact("Grace Brewster Hopper", "grace@example.org",
                "Navy", null, null, null, null));
        PendingOperation edit = client.onlyPending();
        assertThat(edit.kind()).isEqualTo(PendingOperation.Kind.UPDATE);

        UploadResult first = client.upload(edit);
        UploadResult replay = client.upload(edit);

        assertThat(first.revision()).isNotNull();
        assertThat(replay).isEqualTo(UploadResult.DONE);
        assertThat(server.messages(SpecialFolder.CONTACTS)).singleElement()
                .satisfies(m -> assertThat(subject(m)).contains("Grace Brewster Hopper"));
        SyncResult result = client.sync();
        assertThat(result.conflicts()).isZero();
        assertThat(client.cache().items(contacts.id(), ItemSort.SUBJECT, 0, 10)).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("Grace Brewster Hopper");
            assertThat(c.state()).isEqualTo(OfflineState.SYNCED);
        });
        assertThat(client.pending()).isEmpty();
    }

    @Test
    void anEditOfAVersionTheServerChangedMeanwhileBecomesAConflictCopy() {
        client.cache().update(onlyContact().id(), ItemContent.contact("Grace B. Hopper", "grace@example.org", "Navy",
                null, null, null, null));
        MessageRecord onServer = server.messages(SpecialFolder.CONTACTS).getFirst();
        server.retitle(SpecialFolder.CONTACTS, onServer.mid(), "Rear Admiral Hopper");

        SyncResult result = client.sync();

        assertThat(result.conflicts()).isEqualTo(1);
        assertThat(server.messages(SpecialFolder.CONTACTS)).singleElement()
                .satisfies(m -> assertThat(subject(m)).contains("Rear Admiral Hopper"));
        List<ItemSummary> items = client.cache().items(contacts.id(), ItemSort.SUBJECT, 0, 10);
        assertThat(items).hasSize(2);
        ItemSummary copy = items.stream()
                .filter(i -> client.cache().item(i.id()).orElseThrow().field(ItemFields.CONFLICT) != null)
                .findFirst().orElseThrow();
        assertThat(client.cache().item(copy.id()).orElseThrow().summary().subject()).isEqualTo("Grace B. Hopper");
        assertThat(items).filteredOn(i -> i.id() != copy.id()).singleElement().satisfies(i -> {
            assertThat(i.serverId()).isEqualTo(HexFormat.of().toHexDigits(onServer.mid()));
            assertThat(i.state()).isEqualTo(OfflineState.SYNCED);
        });
    }

    private ItemSummary onlyContact() {
        return client.cache().items(contacts.id(), ItemSort.SUBJECT, 0, 10).getFirst();
    }

    private static String subject(MessageRecord m) {
        return m.properties().stream().filter(v -> v.tag().equals(PidTag.SUBJECT) || v.tag().equals(PidTag.DISPLAY_NAME))
                .map(PropertyValue::value).map(String::valueOf).toList().toString();
    }
}
