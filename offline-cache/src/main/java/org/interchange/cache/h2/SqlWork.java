package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one JDBC connection of the cache. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
