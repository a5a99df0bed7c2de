package org.interchange.cache.search;

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
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a timed test: measures search over 100,000 cached messages for docs/benchmarks.md. Run with
 * {@code mvn -o -pl offline-cache test -Dtest=SearchBenchmark -Dsearch.benchmark=true}; with
 * {@code -Dsearch.dir=DIR} the filled database is kept in DIR and reused by the next run.
 */
@EnabledIfSystemProperty(named = "search.benchmark", matches = "true")
class SearchBenchmark {
    private static final int MESSAGES = Integer.getInteger("search.messages", 100_000);
    private static final String[] NAMES = {"Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi", "Ivan",
        "Judy", "Mallory", "Niaj", "Olivia", "Peggy", "Rupert", "Sybil", "Trent", "Victor", "Walter", "Zoe"};

    @TempDir
    Path dir;

    @Test
    void searchOverOneHundredThousandMessages() throws SQLException, java.io.IOException {
        // no query cache, so every repetition really runs (H2 would otherwise answer repeats from memory)
        Path where = System.getProperty("search.dir") == null ? dir : Path.of(System.getProperty("search.dir"));
        boolean filled = java.nio.file.Files.exists(where.resolve("bench.mv.db"));
        String url = "jdbc:h2:file:" + where.resolve("bench").toAbsolutePath() + ";QUERY_CACHE_SIZE=0;CACHE_SIZE=262144";
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/cache").load().migrate();
        try (Connection c = DriverManager.getConnection(url)) {
            if (!filled) {
                long folder = setUp(c);
                long started = System.nanoTime();
                fill(c, folder);
                System.out.printf("filled %,d messages (index written in bulk) in %,d ms%n", MESSAGES,
                        (System.nanoTime() - started) / 1_000_000);
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM search_tokens")) {
                r.next();
                System.out.printf("index rows: %,d, file %,d bytes%n", r.getLong(1),
                        java.nio.file.Files.size(where.resolve("bench.mv.db")));
            }
            for (String query : List.of("w4711", "quarterly", "mallory", "mallory budget", "w12 w13", "w1 w2 w3",
                    "re", "mallory carol", "zzz")) {
                measure(c, query);
            }
        }
    }

    private static void measure(Connection c, String query) throws SQLException {
        int hits = ItemSearch.ids(c, query, 50).size(); // warm up
        long[] times = new long[15];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            ItemSearch.ids(c, query, 50);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        System.out.printf("| `%s` | %d | %.2f ms | %.2f ms |%n", query, hits, times[times.length / 2] / 1e6,
                times[times.length - 1] / 1e6);
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
     * Messages with a 5,000-word vocabulary (w0..w4999, a few words common), names and a body of 60 words.
     * The triggers would index one message at a time (about 10 messages a second on a loaded 2-core
     * machine); the benchmark drops them, writes the same words ({@link SearchTokens}, the trigger's limits)
     * sorted by token in one pass, and puts the triggers back.
     */
    private static void fill(Connection c, long folder) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER tr_search_items");
            s.execute("DROP TRIGGER tr_search_fields");
            s.execute("DROP INDEX ix_search_tokens_item_token"); // built after the rows, from sorted buffers
        }
        Random random = new Random(42);
        List<String> vocabulary = new ArrayList<>();
        java.util.Map<String, Integer> tokenIds = new java.util.HashMap<>();
        long[] pairs = new long[MESSAGES * 80];
        int pairCount = 0;
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
                String body = words(random, 60);
                s.setString(7, body);
                s.addBatch();
                java.util.Set<String> tokens = new java.util.LinkedHashSet<>();
                SearchTokens.addTo(tokens, subject, Integer.MAX_VALUE);
                SearchTokens.addTo(tokens, from + " <" + from.toLowerCase() + "@example.org>", Integer.MAX_VALUE);
                SearchTokens.addTo(tokens, "Alice <alice@example.org>", Integer.MAX_VALUE);
                SearchTokens.addTo(tokens, body, tokens.size() + SearchIndexTrigger.MAX_BODY_WORDS);
                for (String token : tokens) {
                    int id = tokenIds.computeIfAbsent(token, t -> {
                        vocabulary.add(t);
                        return vocabulary.size() - 1;
                    });
                    if (pairCount == pairs.length) {
                        pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2);
                    }
                    pairs[pairCount++] = ((long) id << 32) | i;
                }
                if (i % 1000 == 999) {
                    s.executeBatch();
                    c.commit();
                }
            }
            s.executeBatch();
            c.commit();
        }
        long firstId;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MIN(id) FROM items")) {
            r.next();
            firstId = r.getLong(1); // ids follow the insertion order
        }
        writeTokens(c, vocabulary, pairs, pairCount, firstId);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX ix_search_tokens_item_token ON search_tokens (item_id, token)");
            s.execute("CREATE TRIGGER tr_search_items AFTER INSERT, UPDATE ON items FOR EACH ROW "
                    + "CALL 'org.interchange.cache.search.SearchIndexTrigger'");
            s.execute("CREATE TRIGGER tr_search_fields AFTER INSERT, UPDATE ON item_fields FOR EACH ROW "
                    + "CALL 'org.interchange.cache.search.SearchIndexTrigger'");
        }
        c.commit();
        c.setAutoCommit(true);
    }

    /** The (token, item) rows in the primary key's order, so the index is written front to back. */
    private static void writeTokens(Connection c, List<String> vocabulary, long[] pairs, int count, long firstId)
            throws SQLException {
        Integer[] order = new Integer[vocabulary.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparing(vocabulary::get));
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        long[] sorted = new long[count];
        for (int i = 0; i < count; i++) {
            sorted[i] = ((long) rank[(int) (pairs[i] >>> 32)] << 32) | (pairs[i] & 0xffffffffL);
        }
        java.util.Arrays.sort(sorted);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO search_tokens (token, item_id) VALUES (?, ?)")) {
            for (int i = 0; i < count; i++) {
                s.setString(1, vocabulary.get(order[(int) (sorted[i] >>> 32)]));
                s.setLong(2, firstId + (sorted[i] & 0xffffffffL));
                s.addBatch();
                if (i % 100_000 == 99_999) {
                    s.executeBatch();
                    c.commit();
                }
            }
            s.executeBatch();
            c.commit();
        }
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
