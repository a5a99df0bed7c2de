package org.interchange.mapi.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.PostgresMailboxStore;
import org.interchange.mapi.server.store.postgres.PostgresInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code user add} with the PostgreSQL store configured creates the mailbox there, not in an H2 file beside it. */
class UserAddPostgresTest {
    @TempDir
    Path dir;

    @Test
    void userAddCreatesTheMailboxInTheConfiguredPostgresStore() throws Exception {
        try (PostgresInstance postgres = PostgresInstance.start()) {
            Files.writeString(dir.resolve("db.pass"), postgres.password() + "\n");
            Files.writeString(dir.resolve("pw"), "s3cret-passphrase\n");
            Path config = dir.resolve("server.conf");
            Files.writeString(config, "data.dir = data\nstore.postgresql.url = " + postgres.jdbcUrl()
                    + "\nstore.postgresql.user = " + postgres.user() + "\nstore.postgresql.password-file = db.pass\n");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = InterchangeServer.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(
                    "user", "add", "carol", "--email", "carol@example.org", "--password-file",
                    dir.resolve("pw").toString(), "-c", config.toString());

            assertThat(exit).as(err.toString()).isZero();
            try (MailboxStore store = PostgresMailboxStore.open(postgres.jdbcUrl(), postgres.user(),
                    postgres.password().toCharArray())) {
                assertThat(store.findMailbox("carol")).isPresent();
            }
            assertThat(dir.resolve("data").resolve("mailboxes.mv.db")).doesNotExist();
        }
    }
}
