package org.interchange.plugin.mapi.faults;

import java.nio.file.Path;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.AccountSettings;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.sync.SyncEngine;
import org.interchange.plugin.mapi.MapiBackendFactory;

/**
 * A client process for {@link KilledClientTest}: opens the cache in {@code args[0]}, syncs account
 * {@code args[1]} from server {@code args[2]} as user {@code args[3]} (password on standard input) and
 * prints "PROGRESS n" after each committed batch, until it is killed or the sync ends.
 */
public final class SyncChild {
    private SyncChild() {
    }

    public static void main(String[] args) throws Exception {
        char[] password = new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine().toCharArray();
        try (H2CacheStore cache = H2CacheStore.open(Path.of(args[0]))) {
            cache.saveAccount(new AccountInfo(args[1], "Child", MapiBackendFactory.TYPE, args[2], args[3]));
            try (Backend backend = new MapiBackendFactory().create(new AccountSettings(args[1], args[2], args[3],
                    password))) {
                SyncListener progress = new SyncListener() {
                    @Override
                    public void folderProgress(String folderServerId, int itemsDone, int itemsTotal, long bytes) {
                        System.out.println("PROGRESS " + itemsDone);
                        System.out.flush();
                    }
                };
                System.out.println("DONE " + new SyncEngine(cache, args[1], backend).run(progress,
                        new CancellationToken()).outcome());
            }
        }
    }
}
