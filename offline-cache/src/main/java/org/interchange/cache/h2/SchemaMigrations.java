package org.interchange.cache.h2;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.interchange.cache.api.CacheException;

/** Brings the cache schema up to date with the Flyway migrations in {@code db/cache}. */
final class SchemaMigrations {

    static final String LOCATION = "classpath:db/cache";

    private SchemaMigrations() {
    }

    static void migrate(DataSource dataSource) {
        try {
            Flyway.configure(SchemaMigrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new CacheException("The offline cache schema could not be migrated: " + e.getMessage(), e);
        }
    }
}
