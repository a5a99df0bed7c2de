package org.interchange.mapi.server.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes with Argon2id (RFC 9106) in the PHC string format
 * {@code $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>}. The default cost follows
 * OWASP's recommendation (19 MiB, 2 passes, 1 lane).
 */
public final class PasswordHasher {
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final int MAX_PASSES = 16;

    private final int memoryKib;
    private final int passes;
    private final SecureRandom random = new SecureRandom();

    private PasswordHasher(int memoryKib, int passes) {
        this.memoryKib = memoryKib;
        this.passes = passes;
    }

    /** The recommended cost: 19 MiB and 2 passes. */
    public static PasswordHasher standard() {
        return new PasswordHasher(19 * 1024, 2);
    }

    /** A given cost (tests use a small one); stored hashes keep their own cost. */
    public static PasswordHasher withCost(int memoryKib, int passes) {
        if (memoryKib < 8 || memoryKib > MAX_MEMORY_KIB || passes < 1 || passes > MAX_PASSES) {
            throw new IllegalArgumentException("Argon2 cost out of range: m=" + memoryKib + " t=" + passes);
        }
        return new PasswordHasher(memoryKib, passes);
    }

    /** A new salted hash of {@code password} in PHC format. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, memoryKib, passes, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + passes + ",p=1$" + B64.encodeToString(salt) + "$"
                + B64.encodeToString(hash);
    }

    /** Whether {@code password} matches {@code phc}; a malformed stored hash never matches. */
    public boolean verify(char[] password, String phc) {
        String[] parts = phc.split("\\$");
        if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
            return false;
        }
        try {
            int m = 0;
            int t = 0;
            for (String param : parts[3].split(",")) {
                String[] kv = param.split("=", 2);
                switch (kv[0]) {
                    case "m" -> m = Integer.parseInt(kv[1]);
                    case "t" -> t = Integer.parseInt(kv[1]);
                    case "p" -> {
                        if (!kv[1].equals("1")) {
                            return false;
                        }
                    }
                    default -> {
                        return false;
                    }
                }
            }
            if (m < 8 || m > MAX_MEMORY_KIB || t < 1 || t > MAX_PASSES) {
                return false;
            }
            byte[] salt = B64D.decode(parts[4]);
            byte[] expected = B64D.decode(parts[5]);
            if (expected.length < 16 || expected.length > 64) {
                return false;
            }
            return MessageDigest.isEqual(expected, argon2(password, salt, m, t, expected.length));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a stored hash uses less than this hasher's cost and should be rehashed at the next logon. */
    public boolean needsRehash(String phc) {
        return !phc.startsWith("$argon2id$v=19$m=" + memoryKib + ",t=" + passes + ",p=1$");
    }

    private static byte[] argon2(char[] password, byte[] salt, int memoryKib, int passes, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt)
                .withMemoryAsKB(memoryKib).withIterations(passes).withParallelism(1).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] secret = toUtf8(password);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(secret, out);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        return out;
    }

    private static byte[] toUtf8(char[] password) {
        var buffer = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }
}
