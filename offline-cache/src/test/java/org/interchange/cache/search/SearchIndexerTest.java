package org.interchange.cache.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.interchange.cache.api.CacheException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue of migration V62 and its indexer: background draining, crashes, broken index directories, races. */
class SearchIndexerTest {
    @TempDir
    Path dir;
    private Path index;
    private JdbcDataSource db;
    private Connection c;
    private long folder;

    @BeforeEach
    void setUp() throws SQLException {
        index = dir.resolve("index");
        db = database("cache");
        c = db.getConnection();
        folder = folder(c);
    }

    @AfterEach
    void tearDown() throws SQLException {
        c.close();
    }

    private static long folder(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO accounts (id, display_name, backend_type) VALUES ('a', 'Alice', 'mapi')");
            s.execute("INSERT INTO folders (account_id, server_id, display_name, kind, position) "
                    + "VALUES ('a', 'inbox', 'Inbox', 'MAIL', 0)");
            try (ResultSet r = s.executeQuery("SELECT id FROM folders")) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private JdbcDataSource database(String name) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + dir.resolve(name).toAbsolutePath());
        Flyway.configure().dataSource(source).locations("classpath:db/cache").load().migrate();
        return source;
    }

    private static long item(Connection c, long folder, String subject) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO items (folder_id, server_id, kind, offline_state, "
                + "subject, sort_date, item_size, is_read, flagged, has_attachments) "
                + "VALUES (?, RANDOM_UUID(), 'MAIL', 'SYNCED', ?, ?, 10, FALSE, FALSE, FALSE)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, folder);
            s.setString(2, subject);
            s.setObject(3, OffsetDateTime.parse("2026-11-01T10:00:00Z"));
            s.executeUpdate();
            try (ResultSet r = s.getGeneratedKeys()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private void rename(Connection connection, long id, String subject) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("UPDATE items SET subject = ? WHERE id = ?")) {
            s.setString(1, subject);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    private int pending() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM search_pending")) {
            r.next();
            return r.getInt(1);
        }
    }

    private void awaitEmptyQueue() throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (pending() > 0) {
            assertThat(System.nanoTime()).as("queue drained in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void theBackgroundThreadDrainsALongQueueAndStopsOnClose() throws Exception {
        c.setAutoCommit(false);
        for (int i = 0; i < SearchIndexer.CATCH_UP + 300; i++) {
            item(c, folder, "Report " + i);
        }
        c.commit();
        c.setAutoCommit(true);
        String thread = "search-indexer " + index;
        try (ItemSearch search = ItemSearch.open(index, db)) {
            assertThat(threads()).contains(thread);
            awaitEmptyQueue();
            assertThat(search.index().size()).isEqualTo(SearchIndexer.CATCH_UP + 300);
            assertThat(search.ids("report", 1000)).hasSize(SearchIndexer.CATCH_UP + 300);
        }
        assertThat(threads()).doesNotContain(thread);
    }

    @Test
    void aSearchAnswersFromTheIndexAsItIsWhileALongQueueWaits() throws Exception {
        try (ItemSearch search = ItemSearch.open(index, db)) {
            search.indexer().close(); // no background thread: the queue stays as a long sync leaves it
            long early = item(c, folder, "Early bird");
            assertThat(search.ids("early", 10)).containsExactly(early);
            c.setAutoCommit(false);
            for (int i = 0; i <= SearchIndexer.CATCH_UP; i++) {
                item(c, folder, "Late bird " + i);
            }
            c.commit();
            assertThat(search.ids("bird", 10)).containsExactly(early);
            // the early bird, which the search wrote without a commit, is committed with them
            assertThat(search.indexer().drain(SearchIndexer.BATCH)).isEqualTo(SearchIndexer.CATCH_UP + 2);
            assertThat(pending()).isZero();
            assertThat(search.ids("bird", 1000)).hasSize(SearchIndexer.CATCH_UP + 2);
        }
    }

    @Test
    void whatASearchWroteIsCommittedByTheThreadOrWrittenAgainAfterAClose() throws Exception {
        long id;
        try (ItemSearch search = ItemSearch.open(index, db)) {
            search.indexer().close();
            id = item(c, folder, "Uncommitted");
            assertThat(search.ids("uncommitted", 10)).containsExactly(id);
            assertThat(pending()).isOne();
        }
        try (ItemSearch search = ItemSearch.open(index, db)) {
            awaitEmptyQueue();
            assertThat(search.ids("uncommitted", 10)).containsExactly(id);
        }
        try (ItemSearch search = ItemSearch.open(index, db)) {
            search.indexer().close();
            assertThat(search.ids("uncommitted", 10)).containsExactly(id);
        }
    }

    @Test
    void queuedItemsLeftByACrashAreIndexedAtTheNextOpen() throws Exception {
        long before;
        try (ItemSearch search = ItemSearch.open(index, db)) {
            before = item(c, folder, "Before the crash");
            assertThat(search.ids("crash", 10)).containsExactly(before);
            search.indexer().close();
            item(c, folder, "Queued at the crash"); // never indexed: the process dies now
        }
        long after = item(c, folder, "Written while closed, crash too");
        try (ItemSearch search = ItemSearch.open(index, db)) {
            assertThat(search.ids("crash", 10)).hasSize(3).contains(before, after);
        }
        assertThat(pending()).isZero();
    }

    @Test
    void aDeletedIndexDirectoryIsRebuiltFromTheItems() throws Exception {
        long id = item(c, folder, "Survivor");
        try (ItemSearch search = ItemSearch.open(index, db)) {
            assertThat(search.ids("survivor", 10)).containsExactly(id);
        }
        delete(index);
        try (ItemSearch search = ItemSearch.open(index, db)) {
            assertThat(search.ids("survivor", 10)).containsExactly(id);
        }
    }

    @Test
    void aGarbledIndexDirectoryIsRebuiltFromTheItems() throws Exception {
        long id = item(c, folder, "Survivor");
        try (ItemSearch search = ItemSearch.open(index, db)) {
            assertThat(search.ids("survivor", 10)).containsExactly(id);
        }
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.toList()) {
                Files.write(file, "not an index".getBytes());
            }
        }
        try (ItemSearch search = ItemSearch.open(index, db)) {
            assertThat(search.ids("survivor", 10)).containsExactly(id);
        }
        delete(index);
        Files.writeString(index, "a file where the directory should be");
        try (ItemSearch search = ItemSearch.open(index, db)) {
            assertThat(search.ids("survivor", 10)).containsExactly(id);
        }
    }

    @Test
    void anIndexLeftByAnotherCacheFileIsRebuilt() throws Exception {
        item(c, folder, "Old cache");
        try (ItemSearch search = ItemSearch.open(index, db)) {
            assertThat(search.ids("old", 10)).hasSize(1);
        }
        JdbcDataSource fresh = database("fresh");
        try (Connection other = fresh.getConnection()) {
            long id = item(other, folder(other), "New cache");
            try (ItemSearch search = ItemSearch.open(index, fresh)) {
                assertThat(search.ids("old", 10)).isEmpty();
                assertThat(search.ids("cache", 10)).containsExactly(id);
            }
        }
    }

    @Test
    void anIndexInUseByAnotherOpenCacheIsRefusedAndLeftAlone() throws Exception {
        long id = item(c, folder, "Shared");
        try (ItemSearch search = ItemSearch.open(index, db)) {
            assertThatThrownBy(() -> ItemSearch.open(index, db)).isInstanceOf(CacheException.class)
                    .hasMessageContaining("in use");
            assertThat(search.ids("shared", 10)).containsExactly(id);
        }
    }

    @Test
    void aWriteCommittedWhileABatchIsIndexedIsIndexedAgain() throws Exception {
        try (ItemSearch search = ItemSearch.open(index, db)) {
            search.indexer().close();
            long id = item(c, folder, "Alpha");
            try (Connection writer = db.getConnection()) {
                writer.setAutoCommit(false);
                rename(writer, id, "Beta"); // not committed while the batch reads the item
                assertThat(search.indexer().drain(SearchIndexer.BATCH)).isEqualTo(1);
                writer.commit();
            }
            assertThat(pending()).isOne();
            assertThat(search.ids("alpha", 10)).isEmpty();
            assertThat(search.ids("beta", 10)).containsExactly(id);
        }
    }

    @Test
    void concurrentWritersLoseNoChange() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(item(c, folder, "Item v0"));
        }
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (ItemSearch search = ItemSearch.open(index, db)) {
            Thread writer = Thread.ofPlatform().start(() -> {
                try (Connection w = db.getConnection()) {
                    for (int version = 1; version <= 30; version++) {
                        for (long id : ids) {
                            rename(w, id, "Item v" + version);
                        }
                    }
                } catch (SQLException e) {
                    failure.set(e);
                }
            });
            while (writer.isAlive()) {
                search.indexer().drain(7); // small batches, racing the writer
            }
            writer.join();
            assertThat(failure.get()).isNull();
            while (search.indexer().drain(SearchIndexer.BATCH) > 0) {
                // what the writer queued last
            }
            assertThat(search.ids("v30", 100)).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(search.ids("v29", 100)).isEmpty();
        }
    }

    @Test
    void whatTheThreadWroteWithoutACommitIsFoundEvenWhileALongQueueWaits() throws Exception {
        try (ItemSearch search = ItemSearch.open(index, db)) {
            search.indexer().close(); // the test plays the thread
            long alpha = item(c, folder, "Alpha");
            assertThat(search.indexer().write(SearchIndexer.BATCH)).isOne();
            assertThat(search.indexer().write(SearchIndexer.BATCH)).as("written rows are not read again").isZero();
            c.setAutoCommit(false);
            for (int i = 0; i <= SearchIndexer.CATCH_UP; i++) {
                item(c, folder, "Bird " + i);
            }
            c.commit();
            assertThat(search.ids("alpha", 10)).containsExactly(alpha);
            assertThat(search.ids("bird", 10)).isEmpty(); // left to the thread
            assertThat(pending()).isEqualTo(SearchIndexer.CATCH_UP + 2);
            assertThat(search.indexer().write(SearchIndexer.BATCH)).isEqualTo(SearchIndexer.CATCH_UP + 1);
            assertThat(search.ids("bird", 1000)).hasSize(SearchIndexer.CATCH_UP + 1);
            assertThat(pending()).as("nothing committed yet").isEqualTo(SearchIndexer.CATCH_UP + 2);
            assertThat(search.indexer().commit()).isEqualTo(SearchIndexer.CATCH_UP + 2);
            assertThat(pending()).isZero();
        }
    }

    @Test
    void aCloseWithoutACommitLeavesEveryWrittenRowToBeIndexedAgain() throws Exception {
        List<Long> ids = new ArrayList<>();
        try (ItemSearch search = ItemSearch.open(index, db)) {
            search.indexer().close();
            for (int i = 0; i < 5; i++) {
                ids.add(item(c, folder, "Lost " + i));
            }
            assertThat(search.indexer().write(SearchIndexer.BATCH)).isEqualTo(5);
            assertThat(search.ids("lost", 10)).containsExactlyInAnyOrderElementsOf(ids);
        } // as a crash: the index is closed without a commit
        assertThat(pending()).isEqualTo(5);
        try (ItemSearch search = ItemSearch.open(index, db)) {
            assertThat(search.ids("lost", 10)).containsExactlyInAnyOrderElementsOf(ids);
        } // the thread commits at a close what it or a search wrote
        assertThat(pending()).isZero();
        try (ItemSearch search = ItemSearch.open(index, db)) {
            search.indexer().close();
            assertThat(search.index().size()).isEqualTo(5);
            assertThat(search.ids("lost", 10)).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void theThreadCommitsWhatItWroteWhenItIsClosed() throws Exception {
        long id;
        try (ItemSearch search = ItemSearch.open(index, db)) {
            id = item(c, folder, "Kept");
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (search.index().size() == 0) { // written by the thread: only a refresh shows it
                assertThat(System.nanoTime()).as("written in time").isLessThan(deadline);
                Thread.sleep(20);
                search.index().refresh();
            }
        }
        assertThat(pending()).isZero();
        try (ItemSearch search = ItemSearch.open(index, db)) {
            search.indexer().close();
            assertThat(search.index().size()).isOne();
            assertThat(search.ids("kept", 10)).containsExactly(id);
        }
    }

    @Test
    void theThreadCommitsManyRowsOldRowsOrOnceTheQueueHasBeenQuiet() throws Exception {
        long second = 1_000_000_000L;
        long t = 5 * second;
        assertThat(SearchIndexer.commitDue(0, 0, t, t, t + 60 * second)).as("nothing written").isFalse();
        assertThat(SearchIndexer.commitDue(100, 0, t, t, t + second)).as("a sync is running").isFalse();
        assertThat(SearchIndexer.commitDue(100, 0, t, t + 8 * second, t + 9 * second)).isFalse();
        assertThat(SearchIndexer.commitDue(SearchIndexer.COMMIT_ROWS, 0, t, t, t)).as("many rows").isTrue();
        assertThat(SearchIndexer.commitDue(100, SearchIndexer.MAX_GAPS + 1, t, t, t)).as("many gaps").isTrue();
        assertThat(SearchIndexer.commitDue(100, 0, t, t + 9 * second, t + SearchIndexer.COMMIT_MILLIS * 1_000_000))
                .as("the first write is old").isTrue();
        assertThat(SearchIndexer.commitDue(100, 0, t, t, t + SearchIndexer.QUIET_MILLIS * 1_000_000))
                .as("the queue has been quiet").isTrue();
        try (ItemSearch search = ItemSearch.open(index, db)) {
            SearchIndexer indexer = search.indexer();
            indexer.close();
            long before = System.nanoTime();
            assertThat(indexer.commitDue(before + 60 * second)).as("nothing written").isFalse();
            item(c, folder, "Quiet");
            indexer.write(SearchIndexer.BATCH);
            long after = System.nanoTime();
            assertThat(indexer.commitDue(before)).isFalse();
            assertThat(indexer.commitDue(after + SearchIndexer.QUIET_MILLIS * 1_000_000)).isTrue();
            indexer.commit();
            assertThat(indexer.commitDue(after + 60 * second)).as("nothing uncommitted").isFalse();
        }
    }

    @Test
    void rowsCommittedLateBelowRowsAlreadyReadAreIndexed() throws Exception {
        try (ItemSearch search = ItemSearch.open(index, db);
             Connection sync = db.getConnection(); Connection other = db.getConnection()) {
            search.indexer().close();
            sync.setAutoCommit(false);
            other.setAutoCommit(false);
            long first = item(sync, folder, "Late one"); // queued below what follows, committed after it is read
            long middle = item(other, folder, "Late two");
            long last = item(sync, folder, "Late three");
            long early = item(c, folder, "Early");
            assertThat(search.ids("early", 10)).containsExactly(early);
            assertThat(search.indexer().write(SearchIndexer.BATCH)).isZero();
            sync.commit();
            assertThat(search.indexer().write(1)).isOne(); // a gap read in parts
            assertThat(search.ids("late", 10)).containsExactlyInAnyOrder(first, last);
            other.commit();
            assertThat(search.ids("late", 10)).containsExactlyInAnyOrder(first, middle, last);
            assertThat(search.indexer().drain(SearchIndexer.BATCH)).isEqualTo(4);
            long after = item(c, folder, "Late four");
            assertThat(search.ids("late", 10)).containsExactlyInAnyOrder(first, middle, last, after);
            assertThat(search.indexer().drain(SearchIndexer.BATCH)).isOne();
            assertThat(pending()).isZero();
        }
        try (ItemSearch search = ItemSearch.open(index, db)) {
            search.indexer().close();
            assertThat(search.index().size()).isEqualTo(5);
        }
    }

    private static List<String> threads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName).toList();
    }

    private static void delete(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
