package org.interchange.mapi.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.interchange.mapi.server.http.auth.NtlmV2Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountDirectoryTest {
    private static final PasswordHasher CHEAP = PasswordHasher.withCost(64, 1);

    @TempDir
    Path dir;

    @Test
    void addsAuthenticatesAndSurvivesReopening() {
        try (AccountDirectory accounts = AccountDirectory.openH2(dir, CHEAP)) {
            accounts.add(new Account("Alice", "Alice Smith", "Alice@Example.org"), "correct horse".toCharArray());
            assertThat(accounts.authenticate("alice", "correct horse".toCharArray()))
                    .hasValue(new Account("alice", "Alice Smith", "alice@example.org"));
            assertThat(accounts.authenticate("alice", "wrong horse!".toCharArray())).isEmpty();
            assertThat(accounts.authenticate("nobody", "correct horse".toCharArray())).isEmpty();
        }
        try (AccountDirectory accounts = AccountDirectory.openH2(dir, CHEAP)) {
            assertThat(accounts.findByAddress("ALICE@example.org")).map(Account::name).hasValue("alice");
            assertThat(accounts.authenticate("ALICE", "correct horse".toCharArray())).isPresent();
        }
    }

    @Test
    void storesNoPlaintextPassword() throws Exception {
        try (AccountDirectory accounts = AccountDirectory.openH2(dir, CHEAP)) {
            accounts.add(new Account("bob", "Bob", "bob@example.org"), "SecretSauce42".toCharArray());
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .doesNotContain("SecretSauce42");
            }
        }
    }

    @Test
    void changesAndRemoves() {
        try (AccountDirectory accounts = AccountDirectory.openH2(dir, CHEAP)) {
            accounts.add(new Account("carol", "Carol", "carol@example.org"), "first-password".toCharArray());
            accounts.setPassword("carol", "second-password".toCharArray());
            assertThat(accounts.authenticate("carol", "first-password".toCharArray())).isEmpty();
            assertThat(accounts.authenticate("carol", "second-password".toCharArray())).isPresent();
            accounts.remove("carol");
            assertThat(accounts.list()).isEmpty();
            assertThatThrownBy(() -> accounts.remove("carol")).isInstanceOf(AccountException.class)
                    .hasMessage("no user carol");
        }
    }

    @Test
    void refusesDuplicatesShortPasswordsAndBadNames() {
        try (AccountDirectory accounts = AccountDirectory.openH2(dir, CHEAP)) {
            accounts.add(new Account("dave", "Dave", "dave@example.org"), "long enough".toCharArray());
            assertThatThrownBy(() -> accounts.add(new Account("dave", "D", "d2@example.org"), "long enough".toCharArray()))
                    .isInstanceOf(AccountException.class).hasMessageContaining("already exists");
            assertThatThrownBy(() -> accounts.add(new Account("eve", "E", "DAVE@example.org"), "long enough".toCharArray()))
                    .isInstanceOf(AccountException.class).hasMessageContaining("already exists");
            assertThatThrownBy(() -> accounts.add(new Account("eve", "E", "eve@example.org"), "short".toCharArray()))
                    .isInstanceOf(AccountException.class).hasMessageContaining("at least 8");
        }
        assertThatThrownBy(() -> new Account("bad name", "X", "x@example.org"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user name");
        assertThatThrownBy(() -> new Account("x", "X", "not-an-address"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an e-mail address");
    }

    @Test
    void rehashesAWeakerStoredHashAtLogon() {
        PasswordHasher stronger = PasswordHasher.withCost(128, 2);
        try (AccountDirectory accounts = AccountDirectory.openH2(dir, CHEAP)) {
            accounts.add(new Account("frank", "Frank", "frank@example.org"), "upgrade-me-please".toCharArray());
        }
        try (AccountDirectory accounts = AccountDirectory.openH2(dir, stronger)) {
            assertThat(accounts.authenticate("frank", "upgrade-me-please".toCharArray())).isPresent();
        }
        try (AccountDirectory accounts = AccountDirectory.openH2(dir, stronger)) {
            assertThat(accounts.authenticate("frank", "upgrade-me-please".toCharArray())).isPresent();
        }
    }

    @Test
    void keepsTheSealedNtHashOnlyWhenOpenedWithAVault() {
        NtHashVault vault = NtHashVault.openOrCreate(dir.resolve("nt.key"));
        try (AccountDirectory accounts = AccountDirectory.openH2(dir, CHEAP, vault)) {
            accounts.add(new Account("ann", "Ann", "ann@example.org"), "first-password".toCharArray());
            assertThat(accounts.ntHash("ANN")).hasValueSatisfying(
                    h -> assertThat(h).isEqualTo(NtlmV2Verifier.ntHash("first-password")));
            assertThat(accounts.ntHash("nobody")).isEmpty();
        }
        try (AccountDirectory accounts = AccountDirectory.openH2(dir, CHEAP)) {
            assertThat(accounts.ntHash("ann")).as("not given out without the vault").isEmpty();
            accounts.setPassword("ann", "second-password".toCharArray());
        }
        try (AccountDirectory accounts = AccountDirectory.openH2(dir, CHEAP, vault)) {
            assertThat(accounts.ntHash("ann")).as("a password set without the vault drops the old hash").isEmpty();
            accounts.setPassword("ann", "third-password".toCharArray());
            assertThat(accounts.ntHash("ann")).hasValueSatisfying(
                    h -> assertThat(h).isEqualTo(NtlmV2Verifier.ntHash("third-password")));
            assertThat(accounts.authenticate("ann", "third-password".toCharArray())).isPresent();
        }
        try (AccountDirectory accounts = AccountDirectory.openH2(dir, CHEAP,
                NtHashVault.openOrCreate(dir.resolve("other.key")))) {
            assertThat(accounts.ntHash("ann")).as("another key opens nothing").isEmpty();
        }
    }
}
