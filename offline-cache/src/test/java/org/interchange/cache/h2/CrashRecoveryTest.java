package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.cache.h2.TestItems.ACCOUNT;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void aProcessKilledMidBatchLeavesTheCommittedBatchAndNothingOfTheOpenOne() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), dir.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
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
}
