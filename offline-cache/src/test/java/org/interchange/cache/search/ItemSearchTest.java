package org.interchange.cache.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The V50 index and its triggers on a real H2 file migrated with the cache's own migrations. */
class ItemSearchTest {
    @TempDir
    Path dir;
    private Connection c;
    private long folder;

    @BeforeEach
    void setUp() throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("search").toAbsolutePath();
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/cache").load().migrate();
        c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO accounts (id, display_name, backend_type) VALUES ('a', 'Alice', 'mapi')");
            s.execute("INSERT INTO folders (account_id, server_id, display_name, kind, position) "
                    + "VALUES ('a', 'inbox', 'Inbox', 'MAIL', 0)");
            try (ResultSet r = s.executeQuery("SELECT id FROM folders")) {
                r.next();
                folder = r.getLong(1);
            }
        }
    }

    @AfterEach
    void tearDown() throws SQLException {
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

        assertThat(ItemSearch.ids(c, "budget", 10)).containsExactly(lunch, budget);
        assertThat(ItemSearch.ids(c, "BUD", 10)).containsExactly(lunch, budget);
        assertThat(ItemSearch.ids(c, "budget numbers", 10)).containsExactly(budget);
        assertThat(ItemSearch.ids(c, "pizza", 10)).containsExactly(lunch);
        assertThat(ItemSearch.ids(c, "nbsp", 10)).isEmpty(); // markup is not text
        assertThat(ItemSearch.ids(c, "carol", 10)).containsExactly(lunch);
        assertThat(ItemSearch.ids(c, "alice@example.org", 10)).containsExactly(other, lunch, budget);
        assertThat(ItemSearch.ids(c, "alice", 2)).containsExactly(other, lunch);
        assertThat(ItemSearch.ids(c, "zebra", 10)).isEmpty();
        assertThat(ItemSearch.ids(c, "  ,; ", 10)).isEmpty();
    }

    @Test
    void commonWordsAreFoundByWalkingTheNewestItemsWithTheSameAnswers() throws SQLException {
        long a = item("Budget review", "Bob <bob@example.org>", "numbers attached", null, 1);
        long b = item("Budget lunch", "Carol <carol@example.org>", "pizza and numbers", null, 2);
        item("Holiday", "Bob <bob@example.org>", "no numbers", null, 3);
        long d = item("Budget again", "Bob <bob@example.org>", "more numbers", null, 4);
        long deleted = item("Budget deleted", "Bob <bob@example.org>", "numbers", null, 5);
        execute("UPDATE items SET offline_state = 'LOCALLY_DELETED' WHERE id = ?", deleted);

        for (String query : List.of("budget numbers", "bob budget", "num bud", "bob carol", "zebra budget")) {
            // rare = 0: every word counts as common, chunks of 2 items; rare = 1000: the candidate path
            assertThat(ItemSearch.ids(c, query, 10, 0, 2)).as(query).isEqualTo(ItemSearch.ids(c, query, 10, 1000, 2));
        }
        assertThat(ItemSearch.ids(c, "budget numbers", 10, 0, 2)).containsExactly(d, b, a);
        assertThat(ItemSearch.ids(c, "budget numbers", 2, 0, 2)).containsExactly(d, b);
        assertThat(ItemSearch.ids(c, "bob budget", 10, 0, 1)).containsExactly(d, a);
        assertThat(ItemSearch.ids(c, "bob carol", 10, 0, 2)).isEmpty();
    }

    @Test
    void followsChangesFieldsAndDeletions() throws SQLException {
        long id = item("Standup", "Bob <bob@example.org>", "daily", null, 1);
        execute("UPDATE items SET subject = 'Retrospective' WHERE id = ?", id);
        assertThat(ItemSearch.ids(c, "standup", 10)).isEmpty();
        assertThat(ItemSearch.ids(c, "retro", 10)).containsExactly(id);

        execute("INSERT INTO item_fields (item_id, name, field_value) VALUES (?, 'location', 'Room Everest')", id);
        execute("INSERT INTO item_fields (item_id, name, field_value) VALUES (?, 'messageClass', 'IPM.Secret')", id);
        assertThat(ItemSearch.ids(c, "everest", 10)).containsExactly(id);
        assertThat(ItemSearch.ids(c, "ipm", 10)).isEmpty();
        // a change of the text keeps the fields' words; a change of the read state indexes nothing again
        execute("UPDATE items SET body_text = 'weekly' WHERE id = ?", id);
        assertThat(ItemSearch.ids(c, "everest weekly", 10)).containsExactly(id);
        execute("UPDATE items SET is_read = TRUE WHERE id = ?", id);
        assertThat(ItemSearch.ids(c, "weekly", 10)).containsExactly(id);

        execute("UPDATE items SET offline_state = 'LOCALLY_DELETED' WHERE id = ?", id);
        assertThat(ItemSearch.ids(c, "weekly", 10)).isEmpty();
        execute("DELETE FROM items WHERE id = ?", id);
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM search_tokens")) {
            r.next();
            assertThat(r.getLong(1)).isZero();
        }
    }

    @Test
    void tokensAreLowerCasedBoundedAndDistinct() {
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        SearchTokens.addTo(words, "Grüße, GRÜSSE a b2 " + "x".repeat(40) + " Grüße", 10);
        assertThat(words).containsExactly("grüße", "grüsse", "b2", "x".repeat(32));
        words.clear();
        SearchTokens.addTo(words, "one two three four", 2);
        assertThat(words).containsExactly("one", "two");
        assertThat(SearchTokens.query("Re: re: Budget")).isEqualTo(List.of("re", "budget"));
    }
}
