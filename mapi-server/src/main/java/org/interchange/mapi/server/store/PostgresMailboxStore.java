package org.interchange.mapi.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The {@link MailboxStore} in PostgreSQL, for servers with many users: the same tables as the
 * embedded store (schema in db/postgresql), connections pooled with HikariCP.
 */
public final class PostgresMailboxStore extends JdbcMailboxStore {

    private PostgresMailboxStore(HikariDataSource pool) {
        super(pool, pool::close);
    }

    /** Connects to {@code jdbcUrl} ({@code jdbc:postgresql://host:port/db}) and migrates the schema when needed. */
    public static PostgresMailboxStore open(String jdbcUrl, String user, char[] password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(new String(password));
        config.setMaximumPoolSize(16);
        config.setPoolName("interchange-store");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to the mailbox store at " + jdbcUrl + ": " + e.getMessage(), e);
        }
        try {
            migrate(pool, "classpath:db/postgresql", jdbcUrl);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new PostgresMailboxStore(pool);
    }
}
