package org.interchange.mapi.server.accounts;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.interchange.mapi.server.http.auth.NtlmV2Verifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's accounts in a JDBC database (schema db/accounts): add, remove, change passwords,
 * look up by name or SMTP address, and check passwords against their Argon2id hashes. Opened with
 * an {@link NtHashVault}, setting a password also keeps its NT hash for NTLMv2 ([MS-NLMP] 3.3.1),
 * sealed by the vault; opened without one, no NT hash is kept or given out.
 */
public final class AccountDirectory implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AccountDirectory.class);

    private final DataSource dataSource;
    private final Runnable onClose;
    private final PasswordHasher hasher;
    private final Optional<NtHashVault> ntHashes;

    private AccountDirectory(DataSource dataSource, Runnable onClose, PasswordHasher hasher,
            Optional<NtHashVault> ntHashes) {
        this.dataSource = dataSource;
        this.onClose = onClose;
        this.hasher = hasher;
        this.ntHashes = ntHashes;
    }

    /** Opens (creating or migrating) the accounts file {@code accounts.mv.db} under {@code dataDir}; no NT hashes. */
    public static AccountDirectory openH2(Path dataDir, PasswordHasher hasher) {
        return openH2(dataDir, hasher, Optional.empty());
    }

    /** As {@link #openH2(Path, PasswordHasher)}, keeping and giving out NT hashes sealed by {@code ntHashes}. */
    public static AccountDirectory openH2(Path dataDir, PasswordHasher hasher, NtHashVault ntHashes) {
        return openH2(dataDir, hasher, Optional.of(ntHashes));
    }

    private static AccountDirectory openH2(Path dataDir, PasswordHasher hasher, Optional<NtHashVault> ntHashes) {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("accounts") + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            return open(pool, pool::dispose, hasher, ntHashes);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** Uses an existing data source (for example PostgreSQL); {@code onClose} releases it. No NT hashes. */
    public static AccountDirectory open(DataSource dataSource, Runnable onClose, PasswordHasher hasher) {
        return open(dataSource, onClose, hasher, Optional.empty());
    }

    private static AccountDirectory open(DataSource dataSource, Runnable onClose, PasswordHasher hasher,
            Optional<NtHashVault> ntHashes) {
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/accounts")
                    .table("accounts_schema_history").load().migrate();
        } catch (RuntimeException e) {
            throw new AccountException("cannot prepare the accounts database: " + e.getMessage(), e);
        }
        return new AccountDirectory(dataSource, onClose, hasher, ntHashes);
    }

    /** Adds an account; fails when the name or the address is taken. */
    public void add(Account account, char[] password) {
        requirePassword(password);
        String hash = hasher.hash(password);
        update("INSERT INTO account(name, display_name, email_address, password_hash, nt_hash) VALUES (?, ?, ?, ?, ?)",
                "user " + account.name() + " or address " + account.emailAddress() + " already exists",
                account.name(), account.displayName(), account.emailAddress(), hash, sealedNtHash(account.name(), password));
    }

    /** Removes an account; its mailbox stays in the store until removed there. */
    public void remove(String name) {
        if (update("DELETE FROM account WHERE name = ?", null, key(name)) == 0) {
            throw new AccountException("no user " + name);
        }
    }

    /** Replaces the password of an account (and its NT hash, which is dropped when none is kept). */
    public void setPassword(String name, char[] password) {
        requirePassword(password);
        if (update("UPDATE account SET password_hash = ?, nt_hash = ? WHERE name = ?", null, hasher.hash(password),
                sealedNtHash(key(name), password), key(name)) == 0) {
            throw new AccountException("no user " + name);
        }
    }

    /**
     * The NT hash of an account's password, [MS-NLMP] 3.3.1; empty when this directory keeps none,
     * the account does not exist or has none, or its sealed hash cannot be opened with the key (logged).
     */
    public Optional<byte[]> ntHash(String name) {
        if (ntHashes.isEmpty()) {
            return Optional.empty();
        }
        String account = key(name);
        String sealed = null;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT nt_hash FROM account WHERE name = ?")) {
            ps.setString(1, account);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    sealed = rs.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new AccountException("cannot read account " + name, e);
        }
        if (sealed == null) {
            return Optional.empty();
        }
        Optional<byte[]> hash = ntHashes.get().open(account, sealed);
        if (hash.isEmpty()) {
            LOG.warn("the NT hash of {} cannot be decrypted with the key file {} (was the key file replaced?);"
                    + " NTLM fails for {} until its password is set again", account, ntHashes.get().keyFile(), account);
        }
        return hash;
    }

    public Optional<Account> find(String name) {
        return query("SELECT name, display_name, email_address FROM account WHERE name = ?", key(name))
                .stream().findFirst();
    }

    /** The account whose SMTP address is {@code address} (case-insensitive). */
    public Optional<Account> findByAddress(String address) {
        return query("SELECT name, display_name, email_address FROM account WHERE email_address = ?", key(address))
                .stream().findFirst();
    }

    /** All accounts, by name. */
    public List<Account> list() {
        return query("SELECT name, display_name, email_address FROM account ORDER BY name");
    }

    /**
     * The account if {@code password} is right. Takes the same time whether or not the user exists;
     * a hash made with an older cost is replaced by one with the current cost.
     */
    public Optional<Account> authenticate(String name, char[] password) {
        String stored = null;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM account WHERE name = ?")) {
            ps.setString(1, key(name));
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    stored = rs.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new AccountException("cannot read account " + name, e);
        }
        if (stored == null) {
            hasher.verify(password, DUMMY_HASH);
            return Optional.empty();
        }
        if (!hasher.verify(password, stored)) {
            return Optional.empty();
        }
        if (hasher.needsRehash(stored)) {
            update("UPDATE account SET password_hash = ? WHERE name = ?", null, hasher.hash(password), key(name));
        }
        return find(name);
    }

    @Override
    public void close() {
        onClose.run();
    }

    private static final String DUMMY_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    private String sealedNtHash(String name, char[] password) {
        return ntHashes.map(vault -> {
            byte[] hash = NtlmV2Verifier.ntHash(password);
            try {
                return vault.seal(name, hash);
            } finally {
                Arrays.fill(hash, (byte) 0);
            }
        }).orElse(null);
    }

    private static void requirePassword(char[] password) {
        if (password == null || password.length < 8) {
            throw new AccountException("a password needs at least 8 characters");
        }
        if (Arrays.equals(password, new char[password.length])) {
            throw new AccountException("a password must not be blank");
        }
    }

    private int update(String sql, String duplicateMessage, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null) {
                    ps.setNull(i + 1, Types.VARCHAR);
                } else {
                    ps.setObject(i + 1, args[i]);
                }
            }
            return ps.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException e) {
            throw new AccountException(duplicateMessage == null ? e.getMessage() : duplicateMessage, e);
        } catch (SQLException e) {
            if (duplicateMessage != null && "23505".equals(e.getSQLState())) {
                throw new AccountException(duplicateMessage, e);
            }
            throw new AccountException("accounts database: " + e.getMessage(), e);
        }
    }

    private List<Account> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Account> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Account(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new AccountException("accounts database: " + e.getMessage(), e);
        }
    }

    private static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
