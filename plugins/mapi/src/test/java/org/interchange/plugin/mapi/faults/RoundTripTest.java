package org.interchange.plugin.mapi.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.AccountSettings;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.sync.SyncEngine;
import org.interchange.cache.sync.SyncResult;
import org.interchange.mapi.server.store.SpecialFolder;
import org.interchange.plugin.mapi.MapiBackendFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How many HTTP requests a refresh costs, counted by a proxy that lets everything through: the folders' ICS
 * downloads start together, so a refresh with nothing new takes a handful of requests for the whole mailbox, and
 * a large message arrives in chained buffers rather than one request per 32 KB.
 */
class RoundTripTest {
    private static final String ACCOUNT = "round-trips";

    @TempDir
    Path dir;

    @Test
    void aRefreshCostsAFewRequestsForTheWholeMailbox() throws Exception {
        try (FaultServer server = new FaultServer(dir.resolve("server"));
             FaultyProxy proxy = new FaultyProxy(server.emsmdbUri());
             H2CacheStore cache = H2CacheStore.open(dir.resolve("profile"))) {
            proxy.faults(1, 0, 0);
            for (int i = 0; i < 20; i++) {
                server.addMessage(FaultServer.MAIL.get(i % FaultServer.MAIL.size()), i % 2 == 0, 20_000);
            }
            String url = proxy.through(server.emsmdbUri()).toString();
            cache.saveAccount(new AccountInfo(ACCOUNT, "Round trips", MapiBackendFactory.TYPE, url, FaultServer.USER));
            try (Backend backend = new MapiBackendFactory().create(new AccountSettings(ACCOUNT, url, FaultServer.USER,
                    FaultServer.PASSWORD.toCharArray()))) {
                SyncEngine engine = new SyncEngine(cache, ACCOUNT, backend);
                int before = proxy.count(FaultyProxy.Fault.NONE);
                assertThat(engine.run(new SyncListener() { }, new CancellationToken()).outcome())
                        .isEqualTo(SyncResult.Outcome.COMPLETED);
                int initial = proxy.count(FaultyProxy.Fault.NONE) - before;

                server.addMessage(SpecialFolder.INBOX, false);
                before = proxy.count(FaultyProxy.Fault.NONE);
                assertThat(engine.run(new SyncListener() { }, new CancellationToken()).outcome())
                        .isEqualTo(SyncResult.Outcome.COMPLETED);
                int incremental = proxy.count(FaultyProxy.Fault.NONE) - before;

                System.out.println("round trips: initial sync " + initial + " requests, incremental " + incremental);
                assertThat(initial).isLessThanOrEqualTo(12);
                assertThat(incremental).isLessThanOrEqualTo(4);
                Convergence.assertCacheEqualsServer(cache, ACCOUNT, server, "after the refreshes");
            }
        }
    }
}
