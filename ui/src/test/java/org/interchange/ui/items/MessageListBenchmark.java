package org.interchange.ui.items;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.h2.H2MailCache;
import org.interchange.cache.spi.ItemBatch;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.ui.FakeTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a timed test: opens and scrolls a folder of 1,000,000 cached messages through {@link ItemListViewModel}
 * (the paged list the message table shows) over a real H2 cache, for docs/benchmarks.md. Run with
 * {@code mvn -o -pl ui test -Dtest=MessageListBenchmark -Dlist.benchmark=true}; {@code -Dlist.dir=DIR} keeps the
 * filled cache in DIR for the next run, {@code -Dlist.messages=N} changes the count, {@code -Dlist.pause=S} waits S
 * seconds after opening before scrolling (the cache learns the list's positions in the background meanwhile),
 * {@code -Dlist.remigrate=true} runs migration V67 again on a kept fill, {@code -Dlist.threaded=true} also opens the
 * folder by conversation in every order (the conversations the cache stores, migration V67), jumps about in it and
 * marks a message read. It scrolls the folder opened for the first time, opened again (the positions were kept), and
 * after a batch of new and deleted messages; a fresh fill is threaded by V67 when the cache is first opened.
 */
@EnabledIfSystemProperty(named = "list.benchmark", matches = "true")
class MessageListBenchmark {
    private static final int MESSAGES = Integer.getInteger("list.messages", 1_000_000);
    /** Rows a message table shows at once; the view asks for these after the list is opened. */
    private static final int VISIBLE_ROWS = 40;
    private static final int JUMPS = 21;
    private static final long PAUSE_SECONDS = Long.getLong("list.pause", 0);

    @TempDir
    Path temp;

    @Test
    void openAndScrollOneMillionMessages() throws SQLException {
        Path dir = System.getProperty("list.dir") == null ? temp : Path.of(System.getProperty("list.dir"));
        boolean filled = Files.exists(dir.resolve(H2CacheStore.FILE_NAME + ".mv.db"));
        if (!filled) {
            try (H2CacheStore store = H2CacheStore.open(dir)) {
                store.saveAccount(new AccountInfo("a", "alice@example.org", "mapi", null, "alice"));
                store.storage("a").replaceFolders(List.of(new RemoteFolder("inbox", null, "Inbox", FolderKind.MAIL)));
            }
            long started = System.nanoTime();
            BulkMessages.fill(dir.resolve(H2CacheStore.FILE_NAME), MESSAGES);
            System.out.printf("filled %,d messages with bulk SQL in %,d ms%n", MESSAGES,
                    (System.nanoTime() - started) / 1_000_000);
        }
        if (!filled || Boolean.getBoolean("list.remigrate")) {
            BulkMessages.undoConversations(dir.resolve(H2CacheStore.FILE_NAME));
        }
        BulkMessages.forgetPositions(dir.resolve(H2CacheStore.FILE_NAME));
        long opening = System.nanoTime();
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            System.out.printf("opened in %,d ms (with migration V67 threading the messages when they were just filled "
                    + "or -Dlist.remigrate=true); load average %s%n", (System.nanoTime() - opening) / 1_000_000,
                    loadAverage());
            CachedFolder inbox = store.folders("a").getFirst();
            System.out.printf("folder of %,d messages; load average %s%n", store.itemCount(inbox.id()), loadAverage());
            header("opened for the first time: the first deep jump learns the positions");
            for (ItemSort sort : ItemSort.values()) {
                measure(store, inbox, sort, false); // its jump to the end learns the positions to the end
            }
        }
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            CachedFolder inbox = store.folders("a").getFirst();
            System.out.printf("%nload average %s%n", loadAverage());
            header("opened again: the positions were kept in the cache");
            for (ItemSort sort : ItemSort.values()) {
                measure(store, inbox, sort, false);
            }
            long changed = newMail(store, 200, 100);
            System.out.printf("%n200 new messages and 100 deleted in one batch: %.1f ms (writing and committing it; "
                    + "the positions count the changes in the background and before the next deep jump); "
                    + "load average %s%n", changed / 1e6, loadAverage());
            header("after the batch");
            for (ItemSort sort : ItemSort.values()) {
                measure(store, inbox, sort, false);
            }
            if (Boolean.getBoolean("list.threaded")) {
                CachedFolder folder = store.folders("a").getFirst();
                System.out.printf("%nthreaded: by conversation; load average %s%n", loadAverage());
                header("threaded");
                for (ItemSort sort : ItemSort.values()) {
                    measure(store, folder, sort, true);
                }
                threaded(store, folder);
            }
        }
    }

    private static void header(String what) {
        System.out.println("| order | open: first rows | first jump to the middle | then to the end | "
                + "21 random jumps: median | slowest | back to the top | (" + what
                + (PAUSE_SECONDS > 0 ? ", " + PAUSE_SECONDS + " s after opening" : "") + ")");
    }

    /** Writes {@code added} messages at random places of every order and deletes {@code deleted}, in one batch. */
    private static long newMail(H2CacheStore store, int added, int deleted) {
        Random random = new Random(11);
        long t = System.nanoTime();
        try (ItemBatch batch = store.storage("a").folder("inbox").beginBatch()) {
            for (int i = 0; i < added; i++) {
                int n = random.nextInt(MESSAGES);
                batch.upsert(new RemoteItem("new-" + i, "rev-1", ItemKind.MAIL, "Topic " + random.nextInt(50_000),
                        "Sender " + n % 2000 + " <s" + n % 2000 + "@example.org>", "alice@example.org",
                        Instant.parse("2016-01-01T00:00:00Z").plusSeconds(120L * n + 61), null,
                        1000 + random.nextInt(5_000_000), false, false, "Body " + i, null, Map.of(), List.of(), null));
            }
            for (int i = 0; i < deleted; i++) {
                batch.delete("m" + (1 + random.nextInt(MESSAGES)));
            }
            batch.commit();
        }
        return System.nanoTime() - t;
    }

    /** Opens the folder by conversation, then marks a message read, which makes the list read its rows again. */
    private static void threaded(H2CacheStore store, CachedFolder inbox) {
        FakeTaskExecutor executor = new FakeTaskExecutor();
        ItemListViewModel model = new ItemListViewModel(store, H2MailCache.of(store), executor);
        model.threadedProperty().set(true);
        long open = firstRows(model, executor, inbox);
        PagedItemList rows = model.itemsProperty().get();
        int conversations = rows.size();
        long middle = scrollTo(rows, executor, conversations / 2);
        long t = System.nanoTime();
        store.setRead(rows.get(conversations / 2).data().summary().id(), true);
        executor.runAll();
        PagedItemList after = model.itemsProperty().get();
        for (int i = conversations / 2; i < conversations / 2 + VISIBLE_ROWS; i++) {
            after.get(i);
        }
        executor.runAll();
        long change = System.nanoTime() - t;
        requireRead(after, conversations / 2);
        System.out.printf("%nthreaded (%,d conversations; load average %s): open, first rows %.1f ms; jump to the "
                + "middle %.1f ms; a message marked read, until the rows are read again %.1f ms%n", conversations,
                loadAverage(), open / 1e6, middle / 1e6, change / 1e6);
        model.dispose();
    }

    private static void measure(H2CacheStore store, CachedFolder inbox, ItemSort sort, boolean threaded) {
        FakeTaskExecutor executor = new FakeTaskExecutor();
        ItemListViewModel model = new ItemListViewModel(store, H2MailCache.of(store), executor);
        model.sortProperty().set(sort);
        model.threadedProperty().set(threaded);
        firstRows(model, executor, inbox); // warm-up: JIT and H2's page cache
        model.folderProperty().set(null);
        long open = firstRows(model, executor, inbox);
        PagedItemList rows = model.itemsProperty().get();
        int size = rows.size();
        pause();
        long middle = scrollTo(rows, executor, size / 2);
        long end = scrollTo(rows, executor, size - VISIBLE_ROWS);
        Random random = new Random(7);
        long[] jumps = new long[JUMPS];
        for (int i = 0; i < JUMPS; i++) {
            jumps[i] = scrollTo(rows, executor, random.nextInt(size - VISIBLE_ROWS));
        }
        long top = scrollTo(rows, executor, 0);
        Arrays.sort(jumps);
        System.out.printf("| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", sort, open / 1e6,
                middle / 1e6, end / 1e6, jumps[JUMPS / 2] / 1e6, jumps[JUMPS - 1] / 1e6, top / 1e6);
        model.dispose();
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_SECONDS * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Opens the folder as the window does and waits until the first visible rows have their data. */
    private static long firstRows(ItemListViewModel model, FakeTaskExecutor executor, CachedFolder inbox) {
        long t = System.nanoTime();
        model.folderProperty().set(inbox);
        executor.runAll();
        PagedItemList rows = model.itemsProperty().get();
        for (int i = 0; i < VISIBLE_ROWS; i++) {
            rows.get(i);
        }
        executor.runAll();
        long elapsed = System.nanoTime() - t;
        requireRead(rows, 0);
        return elapsed;
    }

    /** Shows the rows from {@code first} as a scroll bar dragged there does, until they have their data. */
    private static long scrollTo(PagedItemList rows, FakeTaskExecutor executor, int first) {
        long t = System.nanoTime();
        for (int i = first; i < first + VISIBLE_ROWS; i++) {
            rows.get(i);
        }
        executor.runAll();
        long elapsed = System.nanoTime() - t;
        requireRead(rows, first + VISIBLE_ROWS - 1);
        return elapsed;
    }

    private static void requireRead(PagedItemList rows, int index) {
        if (rows.get(index).data() == null) {
            throw new AssertionError("row " + index + " was not read");
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /**
     * Writes messages straight into the items table with one INSERT ... SELECT per 100,000 rows, without the
     * triggers (they would queue every message for the search index; the list does not need it) and with the
     * table's list indexes and unique constraint dropped and built again afterwards (H2 builds a whole index faster). The query
     * columns are made as ItemWriter makes them: subject_key lower case without "Re: ", sender_key lower case.
     */
    private static final class BulkMessages {
        private static final int CHUNK = 100_000;

        static void fill(Path file, int messages) throws SQLException {
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "")) {
                List<String> rebuilt = ddl(c);
                try (Statement s = c.createStatement()) {
                    for (String trigger : triggerNames(c)) {
                        s.execute("DROP TRIGGER " + trigger);
                    }
                    for (String index : itemIndexNames(c)) {
                        s.execute("DROP INDEX " + index);
                    }
                    s.execute("ALTER TABLE items DROP CONSTRAINT uq_items_server_id");
                    long folder;
                    try (ResultSet r = s.executeQuery("SELECT id FROM folders")) {
                        r.next();
                        folder = r.getLong(1);
                    }
                    for (int from = 1; from <= messages; from += CHUNK) {
                        int to = Math.min(messages, from + CHUNK - 1);
                        s.executeUpdate("INSERT INTO items (folder_id, server_id, kind, offline_state, subject, "
                                + "subject_key, sender, sender_key, sort_date, item_size, is_read, flagged, "
                                + "has_attachments, preview) SELECT " + folder + ", 'm' || X, 'MAIL', 'SYNCED', "
                                + "CASEWHEN(MOD(X, 3) = 0, 'Re: ', '') || 'Topic ' || MOD(X * 7919, 50000), "
                                + "'topic ' || MOD(X * 7919, 50000), "
                                + "'Sender ' || MOD(X * 31, 2000) || ' <s' || MOD(X * 31, 2000) || '@example.org>', "
                                + "'sender ' || MOD(X * 31, 2000) || ' <s' || MOD(X * 31, 2000) || '@example.org>', "
                                + "TIMESTAMP WITH TIME ZONE '2016-01-01 00:00:00+00' + X * INTERVAL '2' MINUTE, "
                                + "1000 + MOD(X * 104729, 5000000), MOD(X, 5) <> 0, MOD(X, 97) = 0, "
                                + "MOD(X, 11) = 0, 'Preview of message ' || X "
                                + "FROM SYSTEM_RANGE(" + from + ", " + to + ")");
                    }
                    s.executeUpdate("UPDATE folders SET total_count = (SELECT COUNT(*) FROM items WHERE folder_id = "
                            + folder + "), unread_count = (SELECT COUNT(*) FROM items WHERE folder_id = " + folder
                            + " AND NOT is_read) WHERE id = " + folder);
                    for (String sql : rebuilt) {
                        s.execute(sql);
                    }
                }
            }
        }

        /**
         * The CREATE statements of the items table's own (ix_) indexes and of every trigger, and the ALTER TABLE of
         * its unique server ids, as SCRIPT writes them.
         */
        private static List<String> ddl(Connection c) throws SQLException {
            List<String> found = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SCRIPT NODATA")) {
                while (r.next()) {
                    String sql = r.getString(1);
                    if (sql.startsWith("CREATE INDEX \"PUBLIC\".\"IX_") && sql.contains("ON \"PUBLIC\".\"ITEMS\"")
                            || sql.startsWith("CREATE") && sql.contains(" TRIGGER ")
                            || sql.contains("\"UQ_ITEMS_SERVER_ID\"")) {
                        found.add(sql);
                    }
                }
            }
            return found;
        }

        /**
         * Takes migration V67 (stored conversations) back, so the next open threads the messages written without the
         * triggers as V67 threads the mail of a cache made before it.
         */
        static void undoConversations(Path file) throws SQLException {
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
                 Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER IF EXISTS tr_conversation_changes");
                for (String table : List.of("conversation_changes", "conversation_members", "conversation_refs",
                        "conversations", "conversation_counts", "conversation_lock")) {
                    s.execute("DROP TABLE IF EXISTS " + table);
                }
                s.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '67'");
            }
        }

        /** Drops the list positions an earlier run kept, so the first pass learns them as a new cache does. */
        static void forgetPositions(Path file) throws SQLException {
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
                 Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM list_anchor_sets");
                s.executeUpdate("DELETE FROM list_changes");
            }
        }

        private static List<String> itemIndexNames(Connection c) throws SQLException {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT INDEX_SCHEMA, INDEX_NAME "
                    + "FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'ITEMS' AND INDEX_NAME LIKE 'IX\\_%'")) {
                while (r.next()) {
                    names.add('"' + r.getString(1) + "\".\"" + r.getString(2) + '"');
                }
            }
            return names;
        }

        private static List<String> triggerNames(Connection c) throws SQLException {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT DISTINCT TRIGGER_SCHEMA, TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS")) {
                while (r.next()) {
                    names.add('"' + r.getString(1) + "\".\"" + r.getString(2) + '"');
                }
            }
            return names;
        }
    }
}
