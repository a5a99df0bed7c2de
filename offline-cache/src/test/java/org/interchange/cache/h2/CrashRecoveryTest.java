package org.interchange.cache.h2;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interchange.cache.h2.TestItems.ACCOUNT;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.interchange.cache.api.CacheException;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache file as other processes leave it: killed mid-write, or still holding it open. */
class CrashRecoveryTest {

    @TempDir
    Path dir;

    private Process child(Class<?> main) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), main.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void aProcessKilledMidBatchLeavesTheCommittedBatchAndNothingOfTheOpenOne() throws Exception {
        Process child = child(CrashingWriter.class);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(3);

        try (H2CacheStore store = H2CacheStore.open(dir)) {
            CachedFolder inbox = store.folders(ACCOUNT).getFirst();
            assertThat(inbox.totalCount()).isEqualTo(50);
            assertThat(inbox.unreadCount()).isEqualTo(50);
            assertThat(store.items(inbox.id(), ItemSort.DATE_DESC, 0, 100)).hasSize(50)
                    .extracting(ItemSummary::serverId).allMatch(id -> id.startsWith("kept-"));
            assertThat(store.storage(ACCOUNT).folder("inbox").syncCursor())
                    .hasValueSatisfying(c -> assertThat(c).containsExactly(1));
        }
    }

    @Test
    void aCacheHeldOpenByAnotherProcessGivesAClearCacheException() throws Exception {
        Process holder = child(HoldingOpen.class);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), US_ASCII))) {
            assertThat(out.readLine()).isEqualTo("ready 0");

            assertThatThrownBy(() -> H2CacheStore.open(dir))
                    .isInstanceOf(CacheException.class)
                    .hasMessageContaining("in use by another process");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        H2CacheStore.open(dir).close();
    }
}
