package org.interchange.plugin.mapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.h2.H2MailCache;
import org.interchange.cache.spi.AccountSettings;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin copies the users of a real mapi-server's NSPI address book over loopback into a real H2 cache. */
class GlobalAddressListSyncTest {
    @TempDir
    Path dir;

    @Test
    void aRefreshCachesTheServersUsersForCompletionOffline() {
        try (H2MailboxStore store = H2MailboxStore.open(dir.resolve("server"))) {
            store.createMailbox("alice", "Alice Liddell", "alice@example.org");
            store.createMailbox("bob", "Bob Builder", "bob@example.org");
            store.createMailbox("albert", "Albert Camus", "albert@example.org");
            MapiHttpServer server = MapiHttpServer.builder().store(store).user("alice", "secret").user("bob", "pw")
                    .user("albert", "pw").build().start();
            try (H2CacheStore cache = H2CacheStore.open(dir.resolve("profile"))) {
                cache.saveAccount(new AccountInfo("acc", "alice@example.org", "mapi", server.emsmdbUri().toString(),
                        "alice"));
                AccountSettings settings = new AccountSettings("acc", server.emsmdbUri().toString(), "alice",
                        "secret".toCharArray());
                new GlobalAddressListSync(settings).refresh(cache.storage("acc"), new CancellationToken());
            } finally {
                server.close();
            }
        }
        try (H2CacheStore offline = H2CacheStore.open(dir.resolve("profile"))) {
            assertThat(H2MailCache.of(offline).completeRecipients("al", 10))
                    .containsExactly("Albert Camus <albert@example.org>", "Alice Liddell <alice@example.org>");
            assertThat(H2MailCache.of(offline).completeRecipients("build", 10))
                    .containsExactly("Bob Builder <bob@example.org>");
        }
    }

    @Test
    void theAddressBookSitsBesideTheMailboxEndpoint() {
        assertThat(GlobalAddressListSync.nspiUrl(URI.create("https://mail.example.org/mapi/emsmdb/?MailboxId=a%40b")))
                .hasToString("https://mail.example.org/mapi/nspi/?MailboxId=a%40b");
        assertThat(GlobalAddressListSync.nspiUrl(URI.create("http://127.0.0.1:8080/mapi/emsmdb")))
                .hasToString("http://127.0.0.1:8080/mapi/nspi");
        assertThatThrownBy(() -> GlobalAddressListSync.nspiUrl(URI.create("https://mail.example.org/owa/")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
