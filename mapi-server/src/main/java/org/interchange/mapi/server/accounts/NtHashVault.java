package org.interchange.mapi.server.accounts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps NT hashes ([MS-NLMP] 3.3.1, NTOWFv1) encrypted at rest with AES-256-GCM (NIST SP 800-38D)
 * under a server key held in its own key file, so the accounts database alone does not give them.
 * The key file is created on first use with owner-only permissions (0600) and a key file readable by
 * others is refused. Each sealed hash is bound to its account name (the GCM associated data).
 */
public final class NtHashVault {
    private static final String FORMAT = "v1:";
    private static final byte[] CONTEXT = "interchange nt-hash v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HASH_BYTES = 16;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path keyFile;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private NtHashVault(Path keyFile, byte[] key) {
        this.keyFile = keyFile;
        this.key = new SecretKeySpec(key, "AES");
        Arrays.fill(key, (byte) 0);
    }

    /** Reads the key from {@code keyFile}, first creating it (mode 0600, a new random 256-bit key) when missing. */
    public static NtHashVault openOrCreate(Path keyFile) {
        Path file = keyFile.toAbsolutePath();
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            return new NtHashVault(file, read(file));
        } catch (IOException e) {
            throw new AccountException("cannot use the NT hash key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The key file this vault uses. */
    public Path keyFile() {
        return keyFile;
    }

    /** {@code ntHash} of account {@code name}, encrypted under a fresh nonce, as text for the database. */
    public String seal(String name, byte[] ntHash) {
        if (ntHash.length != HASH_BYTES) {
            throw new IllegalArgumentException("an NT hash has 16 bytes, not " + ntHash.length);
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, name);
            byte[] sealed = cipher.doFinal(ntHash);
            return FORMAT + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this JDK", e);
        }
    }

    /**
     * The NT hash of account {@code name} from its sealed form; empty when it was not sealed for
     * that name with this key (another key file, a row moved to another account, or tampering).
     */
    public Optional<byte[]> open(String name, String sealed) {
        if (!sealed.startsWith(FORMAT)) {
            return Optional.empty();
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (raw.length != NONCE_BYTES + HASH_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(raw, NONCE_BYTES), name);
            return Optional.of(cipher.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this JDK", e);
        }
    }

    @Override
    public String toString() {
        return "NtHashVault[" + keyFile + "]";
    }

    private Cipher cipher(int mode, byte[] nonce, String name) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(CONTEXT);
        cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /**
     * Writes a new key to a private temporary file and links it into place, so a concurrent creator
     * never sees a half-written key and never has its key replaced.
     */
    private static void create(Path file) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(dir, ".nt-hash-key", ".tmp", attrs);
        try {
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            byte[] text = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
            Files.write(temp, text);
            Arrays.fill(key, (byte) 0);
            Arrays.fill(text, (byte) 0);
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
            // another process created it first: use that key
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static byte[] read(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new AccountException("the NT hash key file " + file + " is readable by others ("
                        + PosixFilePermissions.toString(permissions) + "); run chmod 600 on it");
            }
        }
        byte[] text = Files.readAllBytes(file);
        try {
            byte[] key = Base64.getDecoder().decode(new String(text, StandardCharsets.US_ASCII).strip());
            if (key.length != KEY_BYTES) {
                Arrays.fill(key, (byte) 0);
                throw new AccountException("the NT hash key file " + file + " does not hold a 256-bit key");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new AccountException("the NT hash key file " + file + " is not Base64 text");
        } finally {
            Arrays.fill(text, (byte) 0);
        }
    }
}
