package org.interchange.plugin.mapi.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.AccountSettings;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.sync.PushRefresh;
import org.interchange.cache.sync.SyncEngine;
import org.interchange.mapi.server.store.SpecialFolder;
import org.interchange.plugin.mapi.MapiBackendFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change on the server reaches the cache by NotificationWait within about a second, also after the network was gone. */
class PushTest {
    private static final String ACCOUNT = "push-account";

    @TempDir
    Path dir;

    @Test
    void aServerChangeReachesTheCacheWithinAboutASecondAndAfterNetworkLoss() throws Exception {
        ExecutorService syncs = Executors.newSingleThreadExecutor();
        try (FaultServer server = new FaultServer(dir.resolve("server"));
             FaultyProxy proxy = new FaultyProxy(server.emsmdbUri());
             H2CacheStore cache = H2CacheStore.open(dir.resolve("profile"))) {
            String url = proxy.through(server.emsmdbUri()).toString();
            cache.saveAccount(new AccountInfo(ACCOUNT, "Push", MapiBackendFactory.TYPE, url, FaultServer.USER));
            try (Backend backend = new MapiBackendFactory().create(new AccountSettings(ACCOUNT, url, FaultServer.USER,
                    FaultServer.PASSWORD.toCharArray()))) {
                SyncEngine engine = new SyncEngine(cache, ACCOUNT, backend);
                engine.run(SyncListener.NONE, new CancellationToken());
                try (PushRefresh push = PushRefresh.start(backend,
                        () -> syncs.submit(() -> engine.run(SyncListener.NONE, new CancellationToken())), ACCOUNT)) {
                    Thread.sleep(300);
                    long start = System.nanoTime();
                    server.addMessage(SpecialFolder.INBOX, false);
                    server.signalChange();
                    awaitInboxCount(cache, server, 1, 10_000);
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    System.out.println("push: server change in the cache after " + millis + " ms");

                    proxy.down(true);
                    Thread.sleep(1500);
                    proxy.down(false);
                    server.addMessage(SpecialFolder.INBOX, true);
                    server.signalChange();
                    awaitInboxCount(cache, server, 2, 20_000);
                }
            }
        } finally {
            syncs.shutdownNow();
        }
    }

    private static void awaitInboxCount(H2CacheStore cache, FaultServer server, int count, long timeoutMillis)
            throws InterruptedException {
        String inbox = java.util.HexFormat.of().toHexDigits(server.folderId(SpecialFolder.INBOX));
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            int cached = cache.folders(ACCOUNT).stream().filter(f -> f.serverId().equals(inbox))
                    .mapToInt(CachedFolder::totalCount).sum();
            if (cached == count) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the inbox did not reach " + count + " messages by push within " + timeoutMillis + " ms");
    }
}
