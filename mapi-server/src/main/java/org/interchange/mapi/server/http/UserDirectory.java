package org.interchange.mapi.server.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The users allowed to connect ([MS-OXCMAPIHTTP] 2.1): HTTP Basic (RFC 7617) against salted
 * SHA-256 digests kept in memory, and NTLMv2 ([MS-NLMP] 3.3.2) for users whose NT hash was kept
 * ({@link #withNtHashes}); user names compare case-insensitively.
 */
public final class UserDirectory {
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Entry(String name, byte[] salt, byte[] digest, byte[] ntHash) {
    }

    private final Map<String, Entry> users;

    private UserDirectory(Map<String, Entry> users) {
        this.users = Map.copyOf(users);
    }

    /** A directory of user name to password, for Basic authentication only. */
    public static UserDirectory of(Map<String, String> passwords) {
        return new UserDirectory(passwords.entrySet().stream().collect(Collectors.toMap(
                e -> key(e.getKey()), e -> entry(e.getKey(), e.getValue(), false))));
    }

    /**
     * A directory that also keeps each user's NT hash for NTLMv2. The NT hash is as good as the
     * password to an attacker who reads memory; use only when NTLM is wanted.
     */
    public static UserDirectory withNtHashes(Map<String, String> passwords) {
        return new UserDirectory(passwords.entrySet().stream().collect(Collectors.toMap(
                e -> key(e.getKey()), e -> entry(e.getKey(), e.getValue(), true))));
    }

    /** The canonical name and NT hash of a user who has one, [MS-NLMP] 3.3.1. */
    public Optional<NtCredential> ntCredential(String user) {
        Entry entry = users.get(key(user));
        return entry == null || entry.ntHash() == null ? Optional.empty()
                : Optional.of(new NtCredential(entry.name(), entry.ntHash().clone()));
    }

    /** A user's canonical name and the MD4 NT hash of the password. */
    public record NtCredential(String name, byte[] ntHash) {
        @Override
        public String toString() {
            return "NtCredential[" + name + "]";
        }
    }

    /** The canonical user name if {@code password} is that user's password. */
    public Optional<String> authenticate(String user, String password) {
        Entry entry = users.get(key(user));
        if (entry == null) {
            digest(new byte[16], password);
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.digest(), digest(entry.salt(), password))
                ? Optional.of(entry.name()) : Optional.empty();
    }

    /** The configured user names, as given (the address book lists them). */
    public java.util.Set<String> userNames() {
        return users.values().stream().map(Entry::name).collect(Collectors.toUnmodifiableSet());
    }

    private static Entry entry(String name, String password, boolean keepNtHash) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new Entry(name, salt, digest(salt, password),
                keepNtHash ? org.interchange.mapi.server.http.auth.NtlmV2Verifier.ntHash(password) : null);
    }

    private static byte[] digest(byte[] salt, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static String key(String user) {
        return user.toLowerCase(Locale.ROOT);
    }
}
