package org.interchange.cache.h2;

import java.nio.file.Path;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.interchange.cache.api.CacheException;

/** The embedded H2 database file of one profile: a small connection pool and transaction helpers. */
final class H2Database implements AutoCloseable {

    /** The longest LOB value, in bytes, stored in its row rather than in H2's LOB store. */
    static final int INPLACE_LOB_BYTES = 32 * 1024;

    /** Connections open at most: the sync, the search indexer, list positions and the UI's readers. */
    private static final int POOL_SIZE = 10;

    private final Path file;
    private final HikariDataSource pool;

    private H2Database(Path file, HikariDataSource pool) {
        this.file = file;
        this.pool = pool;
    }

    /** Opens (creating when absent) the database whose files start with {@code file}, e.g. {@code cache.mv.db}. */
    static H2Database open(Path file) {
        if (file.toAbsolutePath().toString().contains(";")) {
            throw new CacheException("The offline cache path must not contain ';': " + file.toAbsolutePath());
        }
        // WRITE_DELAY=0: a commit reaches the file before commit() returns, so a killed process loses
        // no committed batch (H2's default writes commits up to half a second later).
        // MAX_LENGTH_INPLACE_LOB: bodies, attachments and cursors up to this many bytes are kept in their row;
        // with H2's default of 256 nearly every one went through the LOB store (a temporary LOB, a copy, a
        // removal queued for H2's cleaner thread) and dominated a sync's writes. Longer ones still go there.
        // QUERY_CACHE_SIZE: parsed statements kept per connection; with H2's 8 the search indexer's queries
        // pushed out a sync batch's, which then parsed its statements again for every batch. H2 empties a
        // connection's parsed statements at every rollback, so the pool is HikariCP, which does not roll back when a
        // connection is taken or given back after a commit (H2's JdbcConnectionPool rolls back at every checkout).
        String url = "jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000"
                + ";MAX_LENGTH_INPLACE_LOB=" + INPLACE_LOB_BYTES + ";QUERY_CACHE_SIZE=256";
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(POOL_SIZE);
        // an embedded database has no server to drop idle connections; a new one would make H2 empty every
        // connection's parsed statements (opening one runs the URL's SET statements)
        config.setMaxLifetime(0);
        config.setPoolName("interchange-cache");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            SQLException cause = e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getMessage(), e);
            throw new CacheException(openFailure(file, cause), cause);
        }
        return new H2Database(file, pool);
    }

    private static String openFailure(Path file, SQLException e) {
        String reason = switch (e.getErrorCode()) {
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.GENERAL_ERROR_1,
                 ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2 ->
                    "it is not an H2 database or it is corrupted (" + e.getMessage() + ")";
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> "it is in use by another process";
            default -> e.getMessage();
        };
        return "Cannot open the offline cache " + file.toAbsolutePath() + ".mv.db: " + reason;
    }

    Path file() {
        return file;
    }

    DataSource dataSource() {
        return pool;
    }

    /** Runs read-only work on an auto-commit connection. */
    <T> T read(String what, SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    <T> T write(String what, SqlWork<T> work) {
        try (Connection c = begin()) {
            try {
                T result = work.run(c);
                ConversationUpkeep.settle(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** A connection with a transaction open; the caller commits or rolls back, then closes it. */
    Connection begin() throws SQLException {
        Connection c = pool.getConnection();
        c.setAutoCommit(false);
        return c;
    }

    static CacheException failure(String what, SQLException e) {
        return new CacheException("Offline cache: " + what + " failed: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        pool.close();
    }
}
