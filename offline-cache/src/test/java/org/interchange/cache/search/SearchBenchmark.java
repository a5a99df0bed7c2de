package org.interchange.cache.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.interchange.cache.h2.H2CacheStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a timed test: measures indexing and {@code Cache.search} over 100,000 cached messages for
 * docs/benchmarks.md. Run with {@code mvn -o -pl offline-cache test -Dtest=SearchBenchmark
 * -Dsearch.benchmark=true}; with {@code -Dsearch.dir=DIR} the filled profile is kept in DIR and reused
 * (then only searches are measured).
 */
@EnabledIfSystemProperty(named = "search.benchmark", matches = "true")
class SearchBenchmark {
    private static final int MESSAGES = Integer.getInteger("search.messages", 100_000);
    private static final String[] NAMES = {"Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi", "Ivan",
        "Judy", "Mallory", "Niaj", "Olivia", "Peggy", "Rupert", "Sybil", "Trent", "Victor", "Walter", "Zoe"};

    @TempDir
    Path dir;

    @Test
    void searchOverOneHundredThousandMessages() throws SQLException, IOException, InterruptedException {
        Path profile = System.getProperty("search.dir") == null ? dir : Path.of(System.getProperty("search.dir"));
        // the URL of H2CacheStore, so that this connection shares the store's database while it is open
        String url = "jdbc:h2:file:" + profile.resolve(H2CacheStore.FILE_NAME).toAbsolutePath()
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
        boolean filled = Files.exists(profile.resolve(H2CacheStore.FILE_NAME + ".mv.db"));
        if (!filled) {
            H2CacheStore.open(profile).close(); // schema and an empty index
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                long started = System.nanoTime();
                fill(c, setUp(c));
                System.out.printf("filled %,d messages (the triggers queued them) in %,d ms%n", MESSAGES,
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
        long opened = System.nanoTime();
        try (H2CacheStore store = H2CacheStore.open(profile);
             Connection c = DriverManager.getConnection(url, "sa", "")) {
            int queued = pending(c);
            while (pending(c) > 0) {
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - opened) / 1e9;
            System.out.printf("opened the store and indexed %,d queued items in %.1f s (%,.0f items/s); "
                    + "index %,d bytes, H2 file %,d bytes%n", queued, seconds, queued / seconds,
                    size(profile.resolve(H2CacheStore.SEARCH_INDEX_DIR)),
                    Files.size(profile.resolve(H2CacheStore.FILE_NAME + ".mv.db")));
            System.out.println("| query | hits (max 50) | median | slowest | CPU median | CPU slowest |");
            for (String query : List.of("w4711", "quarterly", "mallory", "mallory budget", "w12 w13", "w1 w2 w3",
                    "re", "mallory carol", "zzz")) {
                measure(store, query);
            }
        }
    }

    /** Wall time and the thread's CPU time (Lucene and H2 both run on the calling thread), median and slowest. */
    private static void measure(H2CacheStore store, String query) {
        int hits = store.search(query, 50).size(); // warm up
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] times = new long[15];
        long[] cpu = new long[times.length];
        for (int i = 0; i < times.length; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            store.search(query, 50);
            times[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf("| `%s` | %d | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n", query, hits,
                times[times.length / 2] / 1e6, times[times.length - 1] / 1e6, cpu[cpu.length / 2] / 1e6,
                cpu[cpu.length - 1] / 1e6);
    }

    private static int pending(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM search_pending")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            long total = 0;
            for (Path file : files.toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    private static long setUp(Connection c) throws SQLException {
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

    /**
     * Messages with a 5,000-word vocabulary (w0..w4999, a few words common), 20 senders, a subject of 5
     * words (every 50th with "quarterly budget") and a body of 60, inserted 1,000 per transaction.
     */
    private static void fill(Connection c, long folder) throws SQLException {
        Random random = new Random(42);
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO items (folder_id, server_id, kind, offline_state, "
                + "subject, sender, recipients, sort_date, item_size, is_read, flagged, has_attachments, body_text) "
                + "VALUES (?, ?, 'MAIL', 'SYNCED', ?, ?, ?, ?, 4000, TRUE, FALSE, FALSE, ?)")) {
            OffsetDateTime start = OffsetDateTime.parse("2020-01-01T00:00:00Z");
            for (int i = 0; i < MESSAGES; i++) {
                String from = NAMES[random.nextInt(NAMES.length)];
                String subject = (random.nextInt(3) == 0 ? "Re: " : "") + words(random, 5)
                        + (random.nextInt(50) == 0 ? " quarterly budget" : "");
                s.setLong(1, folder);
                s.setString(2, "m" + i);
                s.setString(3, subject);
                s.setString(4, from + " <" + from.toLowerCase() + "@example.org>");
                s.setString(5, "Alice <alice@example.org>");
                s.setObject(6, start.plusMinutes(i * 7L));
                s.setString(7, words(random, 60));
                s.addBatch();
                if (i % 1000 == 999) {
                    s.executeBatch();
                    c.commit();
                }
            }
            s.executeBatch();
            c.commit();
        }
        c.setAutoCommit(true);
    }

    private static String words(Random random, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // a skewed vocabulary: low numbers are much more frequent, as in real text
            int w = (int) Math.floor(Math.pow(random.nextDouble(), 3) * 5000);
            out.add("w" + w);
        }
        return String.join(" ", out);
    }
}
