package org.interchange.cache.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search through plain SQL writes on a real H2 file migrated with the cache's migrations and a real Lucene index. */
class ItemSearchTest {
    @TempDir
    Path dir;
    private JdbcDataSource db;
    private Connection c;
    private ItemSearch search;
    private long folder;

    @BeforeEach
    void setUp() throws SQLException {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:file:" + dir.resolve("search").toAbsolutePath());
        Flyway.configure().dataSource(db).locations("classpath:db/cache").load().migrate();
        c = db.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO accounts (id, display_name, backend_type) VALUES ('a', 'Alice', 'mapi')");
            s.execute("INSERT INTO folders (account_id, server_id, display_name, kind, position) "
                    + "VALUES ('a', 'inbox', 'Inbox', 'MAIL', 0)");
            try (ResultSet r = s.executeQuery("SELECT id FROM folders")) {
                r.next();
                folder = r.getLong(1);
            }
        }
        search = ItemSearch.open(dir.resolve("index"), db);
    }

    @AfterEach
    void tearDown() throws SQLException {
        search.close();
        c.close();
    }

    private long item(String subject, String sender, String body, String html, int day) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO items (folder_id, server_id, kind, offline_state, "
                + "subject, sender, recipients, sort_date, item_size, is_read, flagged, has_attachments, body_text, "
                + "body_html) VALUES (?, ?, 'MAIL', 'SYNCED', ?, ?, 'Alice <alice@example.org>', ?, 10, FALSE, FALSE, "
                + "FALSE, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, folder);
            s.setString(2, subject + day);
            s.setString(3, subject);
            s.setString(4, sender);
            s.setObject(5, OffsetDateTime.parse("2026-11-01T10:00:00Z").plusDays(day));
            s.setString(6, body);
            s.setString(7, html);
            s.executeUpdate();
            try (ResultSet r = s.getGeneratedKeys()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private void execute(String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    @Test
    void findsItemsByWordPrefixesOfSubjectPeopleAndBodyNewestFirst() throws SQLException {
        long budget = item("Quarterly budget", "Bob Builder <bob@example.org>", "The numbers are attached.", null, 1);
        long lunch = item("Lunch", "Carol <carol@example.org>", null, "<p>Budget for <b>pizza</b>&nbsp;ok?</p>", 2);
        long other = item("Holiday", "Dave <dave@example.org>", "See you", null, 3);

        assertThat(search.ids("budget", 10)).containsExactly(lunch, budget);
        assertThat(search.ids("BUD", 10)).containsExactly(lunch, budget);
        assertThat(search.ids("budget numbers", 10)).containsExactly(budget);
        assertThat(search.ids("pizza", 10)).containsExactly(lunch);
        assertThat(search.ids("nbsp", 10)).isEmpty(); // markup is not text
        assertThat(search.ids("carol", 10)).containsExactly(lunch);
        assertThat(search.ids("alice@example.org", 10)).containsExactly(other, lunch, budget);
        assertThat(search.ids("alice", 2)).containsExactly(other, lunch);
        assertThat(search.ids("zebra", 10)).isEmpty();
        assertThat(search.ids("  ,; ", 10)).isEmpty();
        assertThat(search.ids("budget", 0)).isEmpty();
    }

    @Test
    void everyWordMustMatchAndLocallyDeletedItemsAreLeftOut() throws SQLException {
        long a = item("Budget review", "Bob <bob@example.org>", "numbers attached", null, 1);
        long b = item("Budget lunch", "Carol <carol@example.org>", "pizza and numbers", null, 2);
        item("Holiday", "Bob <bob@example.org>", "no numbers", null, 3);
        long d = item("Budget again", "Bob <bob@example.org>", "more numbers", null, 4);
        long deleted = item("Budget deleted", "Bob <bob@example.org>", "numbers", null, 5);
        execute("UPDATE items SET offline_state = 'LOCALLY_DELETED' WHERE id = ?", deleted);

        assertThat(search.ids("budget numbers", 10)).containsExactly(d, b, a);
        assertThat(search.ids("budget numbers", 2)).containsExactly(d, b);
        assertThat(search.ids("bob budget", 10)).containsExactly(d, a);
        assertThat(search.ids("num bud", 10)).containsExactly(d, b, a);
        assertThat(search.ids("bob carol", 10)).isEmpty();
        assertThat(search.ids("zebra budget", 10)).isEmpty();
        execute("UPDATE items SET offline_state = 'SYNCED' WHERE id = ?", deleted);
        assertThat(search.ids("budget numbers", 1)).containsExactly(deleted);
    }

    @Test
    void sameDateOrNoDateSortsByIdWithDatelessItemsLast() throws SQLException {
        long first = item("Memo one", "Bob", null, null, 1);
        long second = item("Memo two", "Bob", null, null, 1);
        long dateless = item("Memo three", "Bob", null, null, 2);
        execute("UPDATE items SET sort_date = NULL WHERE id = ?", dateless);
        long old = item("Memo four", "Bob", null, null, -3000);

        assertThat(search.ids("memo", 10)).containsExactly(second, first, old, dateless);
    }

    @Test
    void followsChangesFieldsAndDeletions() throws Exception {
        long id = item("Standup", "Bob <bob@example.org>", "daily", null, 1);
        execute("UPDATE items SET subject = 'Retrospective' WHERE id = ?", id);
        assertThat(search.ids("standup", 10)).isEmpty();
        assertThat(search.ids("retro", 10)).containsExactly(id);

        execute("INSERT INTO item_fields (item_id, name, field_value) VALUES (?, 'location', 'Room Everest')", id);
        execute("INSERT INTO item_fields (item_id, name, field_value) VALUES (?, 'messageClass', 'IPM.Secret')", id);
        assertThat(search.ids("everest", 10)).containsExactly(id);
        assertThat(search.ids("ipm", 10)).isEmpty();
        execute("UPDATE items SET body_text = 'weekly' WHERE id = ?", id);
        assertThat(search.ids("everest weekly", 10)).containsExactly(id);
        execute("UPDATE item_fields SET field_value = 'Room Kilimanjaro' WHERE item_id = ? AND name = 'location'", id);
        assertThat(search.ids("everest", 10)).isEmpty();
        assertThat(search.ids("kilimanjaro weekly", 10)).containsExactly(id);
        execute("DELETE FROM item_fields WHERE item_id = ? AND name = 'location'", id);
        assertThat(search.ids("kilimanjaro", 10)).isEmpty();

        execute("DELETE FROM items WHERE id = ?", id);
        assertThat(search.ids("weekly", 10)).isEmpty();
        search.indexer().drain(SearchIndexer.BATCH);
        assertThat(pending()).isZero();
        assertThat(search.index().size()).isZero();
    }

    @Test
    void aChangeOfWhatIsNotSearchedQueuesNothing() throws Exception {
        long id = item("Standup", "Bob <bob@example.org>", "x".repeat(SearchDocuments.MAX_BODY_CHARS + 10), null, 1);
        assertThat(search.ids("standup", 10)).containsExactly(id);
        search.indexer().drain(SearchIndexer.BATCH);
        assertThat(pending()).isZero();
        execute("UPDATE items SET is_read = TRUE, flagged = TRUE WHERE id = ?", id);
        execute("INSERT INTO item_fields (item_id, name, field_value) VALUES (?, 'messageClass', 'IPM.Note')", id);
        assertThat(pending()).isZero();
        execute("UPDATE items SET body_text = ? WHERE id = ?", "x".repeat(SearchDocuments.MAX_BODY_CHARS + 11), id);
        assertThat(pending()).isOne();
    }

    @Test
    void deletingAFolderOrAccountCascadesToTheIndex() throws Exception {
        long id = item("Standup", "Bob", null, null, 1);
        assertThat(search.ids("standup", 10)).containsExactly(id);
        execute("DELETE FROM accounts WHERE id = 'a'");
        assertThat(search.ids("standup", 10)).isEmpty();
        assertThat(search.index().size()).isZero();
    }

    @Test
    void itemsBeyondTheStartOfALongBodyAreNotIndexedButEveryWordBeforeIs() throws SQLException {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            words.add("word" + i);
        }
        String body = String.join(" ", words) + " " + "y".repeat(SearchDocuments.MAX_BODY_CHARS) + " tail";
        long id = item("Long", "Bob", body, null, 1);
        assertThat(search.ids("word499", 10)).containsExactly(id);
        assertThat(search.ids("tail", 10)).isEmpty();
    }

    @Test
    void wordsAreLowerCasedBoundedAndDistinct() {
        List<String> words = new ArrayList<>();
        SearchTokens.forEach("Grüße, GRÜSSE a b2 " + "x".repeat(40) + " Grüße", words::add);
        assertThat(words).containsExactly("grüße", "grüsse", "b2", "x".repeat(32), "grüße");
        assertThat(SearchTokens.query("Re: re: Budget")).isEqualTo(List.of("re", "budget"));
        assertThat(SearchTokens.query(String.join(" ", java.util.Collections.nCopies(20, "w")) + " a1 a2 a3 a4 a5 a6 "
                + "a7 a8 a9 b1 b2 b3 b4 b5 b6 b7 b8")).hasSize(SearchTokens.MAX_QUERY_WORDS).endsWith("b7");
        assertThat(SearchTokens.query(null)).isEmpty();
    }

    @Test
    void aWordIsIndexedWithEachOfItsStartsOnWholeCharacters() {
        List<String> starts = new ArrayList<>();
        WordAnalyzer.addStarts("budget", starts);
        assertThat(starts).containsExactly("bu", "bud", "budg", "budge", "budget");
        starts.clear();
        String han = new String(Character.toChars(0x20000)); // a letter outside the BMP: two chars
        WordAnalyzer.addStarts(han + "x" + han, starts);
        assertThat(starts).containsExactly(han, han + "x", han + "x" + han);
    }

    private int pending() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM search_pending")) {
            r.next();
            return r.getInt(1);
        }
    }
}
