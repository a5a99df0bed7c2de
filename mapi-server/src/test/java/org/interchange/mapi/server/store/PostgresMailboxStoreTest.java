package org.interchange.mapi.server.store;

import java.sql.DriverManager;
import org.interchange.mapi.server.store.postgres.PostgresInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

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
}
