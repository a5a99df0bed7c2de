package org.interchange.mapi.server.runtime;

import org.interchange.mapi.server.accounts.AccountDirectory;
import org.interchange.mapi.server.accounts.NtHashVault;
import org.interchange.mapi.server.accounts.PasswordHasher;
import org.interchange.mapi.server.config.ServerConfig;

/**
 * Opens the accounts of a configured server: with {@code auth.ntlm} on, passwords also keep their
 * NT hash ([MS-NLMP] 3.3.1) sealed with the configured key file (created on first use); with it off,
 * no NT hash is kept or given out.
 */
public final class ConfiguredAccounts {
    private ConfiguredAccounts() {
    }

    /** The accounts under the configured data folder, with the standard Argon2id cost. */
    public static AccountDirectory open(ServerConfig config) {
        return open(config, PasswordHasher.standard());
    }

    /** As {@link #open(ServerConfig)} with a given Argon2id cost. */
    public static AccountDirectory open(ServerConfig config, PasswordHasher hasher) {
        return config.ntlm().map(ntlm -> AccountDirectory.openH2(config.dataDir(), hasher,
                NtHashVault.openOrCreate(ntlm.keyFile()))).orElseGet(() -> AccountDirectory.openH2(config.dataDir(), hasher));
    }
}
