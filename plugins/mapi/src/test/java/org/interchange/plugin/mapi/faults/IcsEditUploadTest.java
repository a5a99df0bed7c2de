package org.interchange.plugin.mapi.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.AccountSettings;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.UploadResult;
import org.interchange.cache.sync.SyncEngine;
import org.interchange.cache.sync.SyncResult;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.interchange.plugin.mapi.ItemProperties;
import org.interchange.plugin.mapi.MapiBackendFactory;
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
    FaultServer server;
    H2CacheStore cache;
    Backend backend;
    SyncEngine engine;
    CachedFolder contacts;
    long contact;

    @BeforeEach
    void start() {
        server = new FaultServer(dir.resolve("server"));
        server.registerNamedProperties(ItemProperties.NAMED);
        cache = H2CacheStore.open(dir.resolve("profile"));
        String url = server.emsmdbUri().toString();
        cache.saveAccount(new AccountInfo(ACCOUNT, "Edits", MapiBackendFactory.TYPE, url, FaultServer.USER));
        backend = new MapiBackendFactory().create(new AccountSettings(ACCOUNT, url, FaultServer.USER,
                FaultServer.PASSWORD.toCharArray()));
        engine = new SyncEngine(cache, ACCOUNT, backend);
        sync();
        contacts = cache.folders(ACCOUNT).stream().filter(f -> f.displayName().equals("Contacts")).findFirst()
                .orElseThrow();
        contact = cache.create(contacts.id(), ItemContent.contact("Grace Hopper", "grace@example.org", "Navy", null,
                null, null, null));
        sync();
        sync();
    }

    @AfterEach
    void stop() {
        backend.close();
        cache.close();
        server.close();
    }

    @Test
    void anEditOfTheServersVersionIsTakenAndItsReplayChangesNothing() {
        cache.update(onlyContact().id(), ItemContent.contact("Grace Brewster Hopper", "grace@example.org", "Navy",
                null, null, null, null));
        PendingOperation edit = cache.pendingOperations(ACCOUNT).load(
                cache.pendingOperations(ACCOUNT).pending().getFirst().id()).orElseThrow();
        assertThat(edit.kind()).isEqualTo(PendingOperation.Kind.UPDATE);

        UploadResult first = upload(edit);
        UploadResult replay = upload(edit);

        assertThat(first.revision()).isNotNull();
        assertThat(replay).isEqualTo(UploadResult.DONE);
        assertThat(server.messages(SpecialFolder.CONTACTS)).singleElement()
                .satisfies(m -> assertThat(subject(m)).contains("Grace Brewster Hopper"));
        SyncResult result = sync();
        assertThat(result.conflicts()).isZero();
        assertThat(cache.items(contacts.id(), ItemSort.SUBJECT, 0, 10)).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("Grace Brewster Hopper");
            assertThat(c.state()).isEqualTo(OfflineState.SYNCED);
        });
        assertThat(cache.pendingOperations(ACCOUNT).pending()).isEmpty();
    }

    @Test
    void anEditOfAVersionTheServerChangedMeanwhileBecomesAConflictCopy() {
        cache.update(onlyContact().id(), ItemContent.contact("Grace B. Hopper", "grace@example.org", "Navy", null,
                null, null, null));
        MessageRecord onServer = server.messages(SpecialFolder.CONTACTS).getFirst();
        server.retitle(SpecialFolder.CONTACTS, onServer.mid(), "Rear Admiral Hopper");

        SyncResult result = sync();

        assertThat(result.conflicts()).isEqualTo(1);
        assertThat(server.messages(SpecialFolder.CONTACTS)).singleElement()
                .satisfies(m -> assertThat(subject(m)).contains("Rear Admiral Hopper"));
        List<ItemSummary> items = cache.items(contacts.id(), ItemSort.SUBJECT, 0, 10);
        assertThat(items).hasSize(2);
        ItemSummary copy = items.stream().filter(i -> cache.item(i.id()).orElseThrow().field(ItemFields.CONFLICT)
                != null).findFirst().orElseThrow();
        assertThat(cache.item(copy.id()).orElseThrow().summary().subject()).isEqualTo("Grace B. Hopper");
        assertThat(items).filteredOn(i -> i.id() != copy.id()).singleElement().satisfies(i -> {
            assertThat(i.serverId()).isEqualTo(HexFormat.of().toHexDigits(onServer.mid()));
            assertThat(i.state()).isEqualTo(OfflineState.SYNCED);
        });
    }

    private ItemSummary onlyContact() {
        return cache.items(contacts.id(), ItemSort.SUBJECT, 0, 10).getFirst();
    }

    private UploadResult upload(PendingOperation op) {
        try {
            return backend.upload(op);
        } catch (org.interchange.cache.spi.BackendException e) {
            throw new AssertionError(e);
        }
    }

    private static String subject(MessageRecord m) {
        return m.properties().stream().filter(v -> v.tag().equals(PidTag.SUBJECT) || v.tag().equals(PidTag.DISPLAY_NAME))
                .map(PropertyValue::value).map(String::valueOf).toList().toString();
    }

    private SyncResult sync() {
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
}
