package org.interchange.mapi.server.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class PostgresInstanceTest {
    @Test
    void startsARealServer() throws Exception {
        try (PostgresInstance pg = PostgresInstance.start();
                var c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
                var rs = c.createStatement().executeQuery("SELECT version()")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("PostgreSQL");
        }
    }
}
