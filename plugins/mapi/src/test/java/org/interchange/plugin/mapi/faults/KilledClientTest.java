package org.interchange.plugin.mapi.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
 * Kills a client JVM (SIGKILL, no shutdown hooks) in the middle of its sync, again and again: each time
 * the cache opens, its counts match its rows, and a sync from where it stopped ends with the cache equal
 * to the server.
 */
class KilledClientTest {
    private static final String ACCOUNT = "killed-account";
    private static final int KILLS = 3;
    private static final long SEED = 1129L;

    @TempDir
    Path dir;

    @Test
    void theCacheOpensAndConvergesAfterEveryKill() throws Exception {
        Random random = new Random(SEED);
        Path profile = dir.resolve("profile");
        try (FaultServer server = new FaultServer(dir.resolve("server"))) {
            String url = server.emsmdbUri().toString();
            int killedMidSync = 0;
            for (int kill = 0; kill < KILLS; kill++) {
                for (int i = 0; i < 80; i++) {
                    server.addMessage(FaultServer.MAIL.get(i % FaultServer.MAIL.size()), random.nextBoolean(),
                            random.nextInt(4000));
                }
                for (int i = 0; i < 5; i++) {
                    server.changeSomething(random);
                }
                int committed = runAndKill(profile, url, 1 + random.nextInt(4));
                try (H2CacheStore cache = H2CacheStore.open(profile)) {
                    assertCountsMatchRows(cache, "kill " + kill);
                    int cached = cachedTotal(cache);
                    if (committed > 0 && cached < serverTotal(server)) {
                        killedMidSync++;
                    }
                    sync(cache, url);
                    Convergence.assertCacheEqualsServer(cache, ACCOUNT, server, "kill " + kill);
                }
            }
            assertThat(killedMidSync).as("kills that hit a sync between two batches").isPositive();
        }
    }

    /** Starts a client JVM and kills it once it reported {@code batches} committed batches; returns how many it did. */
    private static int runAndKill(Path profile, String url, int batches) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                SyncChild.class.getName(), profile.toString(), ACCOUNT, url, FaultServer.USER)
                .redirectErrorStream(true).start();
        try (Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
            in.write(FaultServer.PASSWORD + "\n");
        }
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; seen < batches && (line = out.readLine()) != null; ) {
                if (line.startsWith("PROGRESS")) {
                    seen++;
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return seen;
    }

    private static void sync(H2CacheStore cache, String url) {
        try (Backend backend = new MapiBackendFactory().create(new AccountSettings(ACCOUNT, url, FaultServer.USER,
                FaultServer.PASSWORD.toCharArray()))) {
            SyncResult result = new SyncEngine(cache, ACCOUNT, backend).run(SyncListener.NONE, new CancellationToken());
            assertThat(result.outcome()).isEqualTo(SyncResult.Outcome.COMPLETED);
        }
    }

    private static void assertCountsMatchRows(H2CacheStore cache, String when) {
        for (CachedFolder f : cache.folders(ACCOUNT)) {
            List<ItemSummary> items = cache.items(f.id(), ItemSort.DATE_DESC, 0, 100_000);
            assertThat(f.totalCount()).as(when + ": count of " + f.displayName()).isEqualTo(items.size());
            assertThat(f.unreadCount()).as(when + ": unread of " + f.displayName())
                    .isEqualTo((int) items.stream().filter(i -> !i.read()).count());
            assertThat(items.stream().map(ItemSummary::serverId).distinct().count()).isEqualTo(items.size());
        }
    }

    private static int cachedTotal(H2CacheStore cache) {
        return cache.folders(ACCOUNT).stream().mapToInt(CachedFolder::totalCount).sum();
    }

    private static int serverTotal(FaultServer server) {
        return FaultServer.MAIL.stream().mapToInt(f -> server.contents(f).size()).sum();
    }
}
