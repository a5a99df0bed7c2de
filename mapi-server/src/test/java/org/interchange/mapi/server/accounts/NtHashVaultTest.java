package org.interchange.mapi.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.interchange.mapi.server.http.auth.NtlmV2Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NtHashVaultTest {
    private static final byte[] HASH = NtlmV2Verifier.ntHash("Password");

    @TempDir
    Path dir;

    @Test
    void createsAnOwnerOnlyKeyFileAndOpensWhatItSealedAfterReopening() throws Exception {
        Path keyFile = dir.resolve("keys/nt-hash.key");
        String sealed = NtHashVault.openOrCreate(keyFile).seal("ann", HASH);
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Base64.getDecoder().decode(Files.readString(keyFile).strip())).hasSize(32);
        assertThat(dir.resolve("keys")).isDirectoryNotContaining("glob:**.tmp");
        NtHashVault reopened = NtHashVault.openOrCreate(keyFile);
        assertThat(reopened.open("ann", sealed)).hasValueSatisfying(h -> assertThat(h).isEqualTo(HASH));
        assertThat(sealed).startsWith("v1:").isNotEqualTo(reopened.seal("ann", HASH));
        assertThat(reopened.toString()).doesNotContain(Files.readString(keyFile).strip());
    }

    @Test
    void opensNothingForAnotherAccountAnotherKeyOrTamperedText() {
        NtHashVault vault = NtHashVault.openOrCreate(dir.resolve("a.key"));
        String sealed = vault.seal("ann", HASH);
        assertThat(vault.open("bob", sealed)).as("moved to another account").isEmpty();
        assertThat(NtHashVault.openOrCreate(dir.resolve("b.key")).open("ann", sealed)).as("another key").isEmpty();
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[20] ^= 1;
        assertThat(vault.open("ann", "v1:" + Base64.getEncoder().encodeToString(raw))).as("flipped bit").isEmpty();
        assertThat(vault.open("ann", "v1:!!")).isEmpty();
        assertThat(vault.open("ann", "v1:AAAA")).isEmpty();
        assertThat(vault.open("ann", "v9:" + sealed.substring(3))).isEmpty();
    }

    @Test
    void refusesAKeyFileOthersCanReadOrThatHoldsNoKey() throws Exception {
        Path open = dir.resolve("open.key");
        Files.writeString(open, Base64.getEncoder().encodeToString(new byte[32]) + "\n");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> NtHashVault.openOrCreate(open)).isInstanceOf(AccountException.class)
                .hasMessageContaining("readable by others").hasMessageContaining("chmod 600");
        Path shortKey = dir.resolve("short.key");
        Files.writeString(shortKey, Base64.getEncoder().encodeToString(new byte[16]));
        Files.setPosixFilePermissions(shortKey, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> NtHashVault.openOrCreate(shortKey)).isInstanceOf(AccountException.class)
                .hasMessageContaining("256-bit");
        Path garbage = dir.resolve("garbage.key");
        Files.writeString(garbage, "not base64 at all!");
        Files.setPosixFilePermissions(garbage, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> NtHashVault.openOrCreate(garbage)).isInstanceOf(AccountException.class)
                .hasMessageContaining("not Base64").hasMessageNotContaining("not base64 at all");
    }
}
