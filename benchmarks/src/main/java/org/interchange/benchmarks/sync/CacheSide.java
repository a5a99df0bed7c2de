package org.interchange.benchmarks.sync;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.AccountSettings;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.sync.SyncEngine;
import org.interchange.cache.sync.SyncResult;
import org.interchange.plugin.mapi.MapiBackendFactory;

/**
 * Interchange's side of the benchmark: the MAPI plugin syncing the server into an H2 offline cache
 * (ICS download, [MS-OXCFXICS] 3.3.4.3), one cache transaction per batch of messages with its ICS state.
 */
final class CacheSide implements AutoCloseable {
    private static final String ACCOUNT = "bench";
    private final H2CacheStore cache;
    private final Backend backend;

    CacheSide(Path profile, URI server, String user, String password) {
        cache = H2CacheStore.open(profile);
        cache.saveAccount(new AccountInfo(ACCOUNT, "Benchmark", MapiBackendFactory.TYPE, server.toString(), user));
        backend = new MapiBackendFactory().create(new AccountSettings(ACCOUNT, server.toString(), user,
                password.toCharArray()));
    }

    /**
     * What one sync took: time, messages and bytes stored, peak heap and CPU time of this JVM (client and server,
     * JIT and GC included).
     */
    record Run(long millis, long messages, long bytes, long peakHeapBytes, long cpuMillis) {
    }

    Run sync() {
        AtomicLong messages = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        SyncListener counting = new SyncListener() {
            private int lastDone;
            private long lastBytes;

            @Override
            public void folderStarted(String folderServerId, String displayName, int expectedItems) {
                lastDone = 0;
                lastBytes = 0;
            }

            @Override
            public void folderProgress(String folderServerId, int itemsDone, int itemsTotal, long folderBytes) {
                messages.addAndGet(itemsDone - lastDone);
                bytes.addAndGet(folderBytes - lastBytes);
                lastDone = itemsDone;
                lastBytes = folderBytes;
            }
        };
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        SyncResult result = new SyncEngine(cache, ACCOUNT, backend).run(counting, new CancellationToken());
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
        if (result.outcome() != SyncResult.Outcome.COMPLETED) {
            throw new IllegalStateException("sync ended " + result);
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Run(millis, messages.get(), bytes.get(), peak, cpuMillis);
    }

    @Override
    public void close() {
        backend.close();
        cache.close();
    }
}
