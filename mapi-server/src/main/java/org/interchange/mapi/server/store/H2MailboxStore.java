package org.interchange.mapi.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

/**
 * The embedded {@link MailboxStore}, the default: one H2 database file, schema in db/server.
 * Connections are pooled with HikariCP, which hands a connection back without the rollback H2's own
 * pool issues, so each H2 session keeps its cache of parsed statements between requests.
 */
public final class H2MailboxStore extends JdbcMailboxStore {
    /** Enough for the server's worker threads to query at once; H2 runs the statements concurrently. */
    private static final int POOL_SIZE = 16;

    private H2MailboxStore(HikariDataSource pool) {
        super(pool, pool::close);
    }

    /** Opens (creating and migrating when needed) the store in file {@code mailboxes.mv.db} under {@code directory}. */
    public static H2MailboxStore open(Path directory) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + directory.toAbsolutePath().resolve("mailboxes")
                + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64");
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("interchange-h2-store");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the mailbox store at " + directory + ": " + e.getMessage(), e);
        }
        try {
            migrate(pool, "classpath:db/server", directory.toString());
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new H2MailboxStore(pool);
    }
}
