package org.interchange.plugin.mapi.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
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
 * Seeded fault runs: a proxy between the MAPI plugin and a real MAPI/HTTP server cuts connections at random
 * points, delays, answers 5xx or expires the session while both sides change; every run ends with the cache
 * equal to the server, nothing lost, nothing duplicated. {@code -Dinterchange.faultRuns=1000} runs more,
 * {@code -Dinterchange.faultSeed=N} picks another seed; a failure names its seed and run.
 */
class FaultInjectionTest {
    private static final String ACCOUNT = "fault-account";
    private static final int RUNS = Integer.getInteger("interchange.faultRuns", 200);
    private static final long SEED = Long.getLong("interchange.faultSeed", 20261129L);
    /** The chance of a fault per request; besides, one of the first {@link #FAULT_WINDOW} requests of a run meets one. */
    private static final double FAULT_RATE = 0.03;
    private static final int FAULT_WINDOW = 25;
    private static final int MAX_ATTEMPTS = 60;

    @TempDir
    Path dir;

    @Test
    void everyRunEndsWithTheCacheEqualToTheServer() throws Exception {
        try (FaultServer server = new FaultServer(dir.resolve("server"));
             FaultyProxy proxy = new FaultyProxy(server.emsmdbUri());
             H2CacheStore cache = H2CacheStore.open(dir.resolve("profile"))) {
            for (SpecialFolder folder : FaultServer.MAIL) {
                for (int i = 0; i < 3; i++) {
                    server.addMessage(folder, i % 2 == 0);
                }
            }
            String url = proxy.through(server.emsmdbUri()).toString();
            cache.saveAccount(new AccountInfo(ACCOUNT, "Faults", MapiBackendFactory.TYPE, url, FaultServer.USER));
            try (Backend backend = new MapiBackendFactory().create(new AccountSettings(ACCOUNT, url, FaultServer.USER,
                    FaultServer.PASSWORD.toCharArray()))) {
                SyncEngine engine = new SyncEngine(cache, ACCOUNT, backend);
                int attempts = 0;
                for (int run = 0; run < RUNS; run++) {
                    Random random = new Random(SEED * 31 + run);
                    for (int i = random.nextInt(3); i > 0; i--) {
                        server.changeSomething(random);
                    }
                    changeTheCache(cache, random);
                    proxy.faults(SEED * 17 + run, FAULT_RATE, FAULT_WINDOW);
                    attempts += syncUntilComplete(engine, "seed " + SEED + " run " + run);
                    proxy.faults(0, 0, 0);
                    Convergence.assertCacheEqualsServer(cache, ACCOUNT, server, "seed " + SEED + " run " + run);
                }
                System.out.printf("fault runs: %d runs, %d sync attempts, %s%n", RUNS, attempts, proxy.counts());
                assertThat(attempts).isGreaterThan(RUNS);
                for (FaultyProxy.Fault fault : FaultyProxy.Fault.values()) {
                    assertThat(proxy.count(fault)).as("requests that met %s", fault).isPositive();
                }
            }
        }
    }

    /** Marks a random cached message read or unread, as a user working offline would. */
    private static void changeTheCache(H2CacheStore cache, Random random) {
        List<CachedFolder> folders = cache.folders(ACCOUNT);
        if (folders.isEmpty() || random.nextInt(3) == 0) {
            return;
        }
        CachedFolder folder = folders.get(random.nextInt(folders.size()));
        List<ItemSummary> items = cache.items(folder.id(), ItemSort.DATE_DESC, 0, 1000);
        if (!items.isEmpty()) {
            ItemSummary item = items.get(random.nextInt(items.size()));
            cache.setRead(item.id(), !item.read());
        }
    }

    private static int syncUntilComplete(SyncEngine engine, String run) {
        Exception[] last = new Exception[1];
        SyncListener listener = new SyncListener() {
            @Override
            public void syncFinished(String accountId, Exception errorOrNull) {
                last[0] = errorOrNull;
            }
        };
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            SyncResult result = engine.run(listener, new CancellationToken());
            if (result.outcome() == SyncResult.Outcome.COMPLETED) {
                return attempt;
            }
        }
        throw new AssertionError(run + ": no complete sync in " + MAX_ATTEMPTS + " attempts", last[0]);
    }
}
