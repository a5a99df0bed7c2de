package org.interchange.mapi.server.store;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcConnectionPool;

/** The embedded {@link MailboxStore}, the default: one H2 database file, schema in db/server. */
public final class H2MailboxStore extends JdbcMailboxStore {

    private H2MailboxStore(JdbcConnectionPool pool) {
        super(pool, pool::dispose);
    }

    /** Opens (creating and migrating when needed) the store in file {@code mailboxes.mv.db} under {@code directory}. */
    public static H2MailboxStore open(Path directory) {
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("mailboxes") + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            migrate(pool, "classpath:db/server", directory.toString());
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new H2MailboxStore(pool);
    }
}
