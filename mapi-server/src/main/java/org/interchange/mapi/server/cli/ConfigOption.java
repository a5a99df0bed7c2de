package org.interchange.mapi.server.cli;

import java.nio.file.Path;
import org.interchange.mapi.server.accounts.AccountDirectory;
import org.interchange.mapi.server.accounts.PasswordHasher;
import org.interchange.mapi.server.config.ServerConfig;
import picocli.CommandLine.Option;

/** The {@code --config} option every subcommand shares. */
final class ConfigOption {
    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
            description = "The server configuration file (key = value lines).")
    Path file;

    ServerConfig load() {
        return ServerConfig.load(file);
    }

    /** The accounts database of the configured data folder. */
    AccountDirectory openAccounts() {
        return AccountDirectory.openH2(load().dataDir(), PasswordHasher.standard());
    }
}
