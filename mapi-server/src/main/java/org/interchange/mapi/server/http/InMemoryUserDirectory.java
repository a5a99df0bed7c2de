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
 * Users given with their passwords at start-up (tests and the embedded demo): salted SHA-256
 * digests kept in memory, plus NT hashes when NTLM is wanted; user names compare case-insensitively.
 */
final class InMemoryUserDirectory implements UserDirectory {
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Entry(String name, byte[] salt, byte[] digest, byte[] ntHash) {
    }

    private final Map<String, Entry> users;

    private InMemoryUserDirectory(Map<String, Entry> users) {
        this.users = Map.copyOf(users);
    }

    static InMemoryUserDirectory of(Map<String, String> passwords) {
        return new InMemoryUserDirectory(passwords.entrySet().stream().collect(Collectors.toMap(
                e -> key(e.getKey()), e -> entry(e.getKey(), e.getValue(), false))));
    }

    static InMemoryUserDirectory withNtHashes(Map<String, String> passwords) {
        return new InMemoryUserDirectory(passwords.entrySet().stream().collect(Collectors.toMap(
                e -> key(e.getKey()), e -> entry(e.getKey(), e.getValue(), true))));
    }

    @Override
    public Optional<NtCredential> ntCredential(String user) {
        Entry entry = users.get(key(user));
        return entry == null || entry.ntHash() == null ? Optional.empty()
                : Optional.of(new NtCredential(entry.name(), entry.ntHash().clone()));
    }

    @Override
    public Optional<String> authenticate(String user, String password) {
        Entry entry = users.get(key(user));
        if (entry == null) {
            digest(new byte[16], password);
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.digest(), digest(entry.salt(), password))
                ? Optional.of(entry.name()) : Optional.empty();
    }

    @Override
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
