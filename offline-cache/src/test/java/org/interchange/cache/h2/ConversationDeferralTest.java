package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.CommitGroup;
import org.interchange.cache.spi.ItemBatch;
import org.interchange.cache.spi.RemoteItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder's first download in a sync run is threaded once, when the run ends (or a reader or another write comes
 * first), and never leaves stored conversations wrong: not in the middle of the run, not after a kill.
 */
class ConversationDeferralTest {
    private static final Instant T = TestItems.T0;

    @TempDir
    Path dir;

    @Test
    void aFolderFirstDownloadedInARunIsThreadedWhenTheRunEnds() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendStorage storage = TestItems.account(store, TestItems.mailFolder("inbox", "Inbox"));
            try (CommitGroup run = TestItems.groupCommittingAtEveryWait(storage)) {
                write(storage, 0, 10);
                storage.commitWaiting();
                assertThat(deferred(store)).as("deferred with the first items").hasSize(1);
                assertThat(rows(store, "conversation_members")).isZero();
                write(storage, 10, 20);
                storage.commitWaiting();
                assertThat(rows(store, "conversation_members")).as("still deferred").isZero();
                write(storage, 20, 30);
            }
            assertThat(deferred(store)).isEmpty();
            assertThat(rows(store, "conversation_members")).isEqualTo(30);
            StoredConversationsPropertyTest.assertSameAsFromScratch(store, "after the run", true);
        }
    }

    @Test
    void aReaderInTheMiddleOfARunThreadsWhatTheRunCommittedAndTheRunGoesOnFromThere() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            BackendStorage storage = TestItems.account(store, TestItems.mailFolder("inbox", "Inbox"));
            try (CommitGroup run = TestItems.groupCommittingAtEveryWait(storage)) {
                write(storage, 0, 10);
                storage.commitWaiting();
                write(storage, 10, 20); // not committed yet: the reader does not see it
                StoredConversationsPropertyTest.assertSameAsFromScratch(store, "mid-run", true);
                assertThat(deferred(store)).isEmpty();
                assertThat(rows(store, "conversation_members")).isEqualTo(10);
                write(storage, 20, 30);
                storage.commitWaiting();
                assertThat(deferred(store)).as("a folder with conversations is threaded at each commit").isEmpty();
                assertThat(rows(store, "conversation_members")).isEqualTo(30);
            }
            StoredConversationsPropertyTest.assertSameAsFromScratch(store, "after the run", true);
        }
    }

    @Test
    void aRunKilledBetweenCommitsLeavesTheDeferralWithItsItemsForTheNextReader() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DeferringCrashWriter.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(3);

        JdbcDataSource file = new JdbcDataSource(); // as the kill left it, before the cache's own writes at opening
        file.setURL("jdbc:h2:file:" + dir.resolve(H2CacheStore.FILE_NAME).toAbsolutePath());
        file.setUser("sa");
        try (Connection c = file.getConnection()) {
            assertThat(ConversationDeferrals.folders(c)).as("committed with the first batches").hasSize(1);
            assertThat(count(c, "items")).isEqualTo(20);
            assertThat(count(c, "conversation_members")).isZero();
        }
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            StoredConversationsPropertyTest.assertSameAsFromScratch(store, "opened again", true);
            assertThat(deferred(store)).isEmpty();
            assertThat(rows(store, "conversation_members")).isEqualTo(20);
        }
    }

    /** Run in a child JVM: a sync run commits two batches of a first download, writes a third, and dies. */
    public static final class DeferringCrashWriter {
        private DeferringCrashWriter() {
        }

        public static void main(String[] args) {
            H2CacheStore store = H2CacheStore.open(Path.of(args[0]));
            BackendStorage storage = TestItems.account(store, TestItems.mailFolder("inbox", "Inbox"));
            TestItems.groupCommittingAtEveryWait(storage); // never closed: the process dies first
            write(storage, 0, 10);
            write(storage, 10, 20);
            storage.commitWaiting();
            write(storage, 20, 30);
            Runtime.getRuntime().halt(3);
        }
    }

    /** Messages {@code from} to {@code to}: every third replies to the one before, so threads span batches. */
    private static void write(BackendStorage storage, int from, int to) {
        try (ItemBatch batch = storage.folder("inbox").beginBatch()) {
            for (int i = from; i < to; i++) {
                Map<String, String> fields = i % 3 == 2
                        ? Map.of(ItemFields.MESSAGE_ID, "<" + i + "@x>", ItemFields.IN_REPLY_TO, "<" + (i - 1) + "@x>")
                        : Map.of(ItemFields.MESSAGE_ID, "<" + i + "@x>");
                batch.upsert(new RemoteItem("m" + i, "rev-1", ItemKind.MAIL, "Subject " + i % 4, "s" + i % 5 + "@x",
                        "me@x", T.plusSeconds(i * 60L), null, 100 + i, i % 2 == 0, false, "Body", null, fields,
                        List.of(), null));
            }
            batch.commit();
        }
    }

    private static List<Long> deferred(H2CacheStore store) {
        return store.database().read("deferrals", c -> List.copyOf(ConversationDeferrals.folders(c)));
    }

    private static long rows(H2CacheStore store, String table) {
        return store.database().read("counting", c -> count(c, table));
    }

    private static long count(Connection c, String table) throws SQLException {
        try (var s = c.prepareStatement("SELECT COUNT(*) FROM " + table); var r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
