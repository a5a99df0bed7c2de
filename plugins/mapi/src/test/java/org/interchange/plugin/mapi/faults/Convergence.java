package org.interchange.plugin.mapi.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.mapi.server.store.SpecialFolder;

/** Asserts that a cache holds exactly what a {@link FaultServer} holds: same messages, subjects and read states, once each. */
final class Convergence {
    private Convergence() {
    }

    static void assertCacheEqualsServer(H2CacheStore cache, String account, FaultServer server, String when) {
        assertThat(cache.pendingOperations(account).pending()).as(when + ": pending operations").isEmpty();
        for (SpecialFolder special : FaultServer.MAIL) {
            String serverId = HexFormat.of().toHexDigits(server.folderId(special));
            CachedFolder folder = cache.folders(account).stream().filter(f -> f.serverId().equals(serverId))
                    .findFirst().orElseThrow(() -> new AssertionError(when + ": folder " + special + " not cached"));
            List<ItemSummary> items = cache.items(folder.id(), ItemSort.DATE_DESC, 0, 100_000);
            Map<String, String> cached = new TreeMap<>();
            items.forEach(i -> cached.put(i.serverId(), i.subject() + "/" + i.read()));
            assertThat(items).as(when + ": duplicates in " + special).hasSize(cached.size());
            assertThat(cached).as(when + ": " + special).isEqualTo(server.contents(special));
            assertThat(folder.totalCount()).as(when + ": count of " + special).isEqualTo(cached.size());
        }
    }
}
