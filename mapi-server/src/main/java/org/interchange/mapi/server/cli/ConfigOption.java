package org.interchange.mapi.server.cli;

import java.nio.file.Path;
import org.interchange.mapi.server.accounts.AccountDirectory;
import org.interchange.mapi.server.config.ServerConfig;
import org.interchange.mapi.server.runtime.ConfiguredAccounts;
import picocli.CommandLine.Option;

/** The {@code --config} option every subcommand shares. */
final class ConfigOption {
    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
            description = "The server configuration file (key = value lines).")
    Path file;

    ServerConfig load() {
        return ServerConfig.load(file);
    }

    /** The accounts database of the configured data folder; passwords set keep NT hashes when auth.ntlm is on. */
    AccountDirectory openAccounts() {
        return ConfiguredAccounts.open(load());
    }
}
