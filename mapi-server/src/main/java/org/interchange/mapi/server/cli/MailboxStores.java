package org.interchange.mapi.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import org.interchange.mapi.server.config.ConfigException;
import org.interchange.mapi.server.config.ServerConfig;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.PostgresMailboxStore;

/** Opens the mailbox store a configuration names: PostgreSQL when store.postgresql.url is set, else H2 in the data folder. */
final class MailboxStores {
    private MailboxStores() {
    }

    static MailboxStore open(ServerConfig config) {
        if (config.postgres().isEmpty()) {
            return H2MailboxStore.open(config.dataDir());
        }
        ServerConfig.PostgresSettings pg = config.postgres().get();
        char[] password;
        try {
            password = Files.readString(pg.passwordFile(), StandardCharsets.UTF_8).strip().toCharArray();
        } catch (IOException e) {
            throw new ConfigException("cannot read the password file " + pg.passwordFile() + ": " + e.getMessage());
        }
        try {
            return PostgresMailboxStore.open(pg.jdbcUrl(), pg.user(), password);
        } finally {
            Arrays.fill(password, ' ');
        }
    }
}
