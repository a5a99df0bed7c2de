package org.interchange.mapi.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import org.interchange.mapi.server.store.postgres.PostgresInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store contract against a real PostgreSQL server; each test starts from an empty schema. */
class PostgresMailboxStoreTest extends MailboxStoreContract {
    private static PostgresInstance postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = PostgresInstance.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    protected MailboxStore openStore() {
        try (var c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
                var s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return reopenStore();
    }

    @Override
    protected MailboxStore reopenStore() {
        return PostgresMailboxStore.open(postgres.jdbcUrl(), postgres.user(), postgres.password().toCharArray());
    }

    @Override
    protected String[] jdbc() {
        return new String[] {postgres.jdbcUrl(), postgres.user(), postgres.password()};
    }

    @Override
    protected String migrations() {
        return "classpath:db/postgresql";
    }
    /**
     * PostgreSQL answers the queries of an incremental ICS download through the per-folder counter indexes, reading
     * the rows in range only, on a folder of 5,000 messages (EXPLAIN ANALYZE of the statements as the store sends them).
     */
    @Test
    void theChangeQueriesGoThroughTheCounterIndexes() throws Exception {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        long inbox = box.folderId(SpecialFolder.INBOX);
        try (var c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password())) {
            try (var fill = c.prepareStatement("INSERT INTO message(mailbox_id, mid, fid, change_number, change_counter,"
                    + " read_counter, message_flags, message_size, has_attachments, received)"
                    + " SELECT ?, x + 1000000, ?, x, x, x, 0, 0, FALSE, CURRENT_TIMESTAMP"
                    + " FROM generate_series(1000, 5999) AS x")) {
                fill.setLong(1, box.id());
                fill.setLong(2, inbox);
                fill.executeUpdate();
            }
            try (var fill = c.prepareStatement("INSERT INTO tombstone(mailbox_id, object_id, parent_fid, is_folder,"
                    + " associated, change_number, change_counter, deleted) SELECT ?, x + 2000000, ?, FALSE, FALSE, x, x,"
                    + " CURRENT_TIMESTAMP FROM generate_series(6000, 10999) AS x")) {
                fill.setLong(1, box.id());
                fill.setLong(2, inbox);
                fill.executeUpdate();
            }
            try (var s = c.createStatement()) {
                s.execute("ANALYZE");
            }

            assertThat(plan(c, MessageReader.CHANGED, box.id(), inbox, 5989L, 5999L))
                    .containsPattern("Index.* (Scan using|Scan on) message_change")
                    .containsPattern("actual rows=10(\\.00)? ");
            assertThat(plan(c, MessageReader.READ_CHANGED, box.id(), inbox, 5994L, 5999L))
                    .containsPattern("Index.* (Scan using|Scan on) message_read")
                    .containsPattern("actual rows=5(\\.00)? ");
            assertThat(plan(c, TombstoneDao.MESSAGES_DELETED, box.id(), inbox, 10990L, 10999L))
                    .containsPattern("Index.* (Scan using|Scan on) tombstone_change")
                    .containsPattern("actual rows=9(\\.00)? ");
        }
    }

    private static String plan(java.sql.Connection c, String sql, Object... args) throws Exception {
        StringBuilder out = new StringBuilder();
        try (var explain = c.prepareStatement("EXPLAIN (ANALYZE, TIMING OFF) " + sql)) {
            Jdbc.bind(explain, args);
            try (var rs = explain.executeQuery()) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
            }
        }
        return out.toString();
    }
}
