package org.interchange.mapi.server.http.auth;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.MD4Digest;

/**
 * NTLMv2 response checks, [MS-NLMP] 3.3.2: NTOWFv2 is HMAC-MD5 keyed with the NT hash (MD4 of the
 * UTF-16LE password) over UPPERCASE(user) and the domain; NTProofStr is HMAC-MD5 keyed with NTOWFv2
 * over the server challenge and the client's blob. NTLMv1 responses (24 bytes) are refused.
 */
public final class NtlmV2Verifier {
    /** NTProofStr plus the smallest NTLMv2_CLIENT_CHALLENGE, [MS-NLMP] 2.2.2.7. */
    private static final int MIN_RESPONSE = 16 + 28;

    private NtlmV2Verifier() {
    }

    /** The NT hash of a password, [MS-NLMP] 3.3.1 (NTOWFv1): MD4 over its UTF-16LE bytes. */
    public static byte[] ntHash(String password) {
        char[] chars = password.toCharArray();
        try {
            return ntHash(chars);
        } finally {
            Arrays.fill(chars, ' ');
        }
    }

    /** As {@link #ntHash(String)}; the intermediate copies of the password are wiped. */
    public static byte[] ntHash(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_16LE.encode(CharBuffer.wrap(password));
        byte[] unicode = new byte[encoded.remaining()];
        encoded.get(unicode);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        MD4Digest md4 = new MD4Digest();
        md4.update(unicode, 0, unicode.length);
        byte[] hash = new byte[16];
        md4.doFinal(hash, 0);
        Arrays.fill(unicode, (byte) 0);
        return hash;
    }

    /** Whether {@code ntResponse} proves knowledge of the password behind {@code ntHash}. */
    static boolean verify(byte[] ntHash, String user, String domain, byte[] serverChallenge, byte[] ntResponse) {
        if (ntResponse.length < MIN_RESPONSE) {
            return false;
        }
        byte[] key = hmacMd5(ntHash, (user.toUpperCase(Locale.ROOT) + domain).getBytes(StandardCharsets.UTF_16LE));
        byte[] blob = Arrays.copyOfRange(ntResponse, 16, ntResponse.length);
        byte[] challengeAndBlob = new byte[serverChallenge.length + blob.length];
        System.arraycopy(serverChallenge, 0, challengeAndBlob, 0, serverChallenge.length);
        System.arraycopy(blob, 0, challengeAndBlob, serverChallenge.length, blob.length);
        byte[] expected = hmacMd5(key, challengeAndBlob);
        return MessageDigest.isEqual(expected, Arrays.copyOf(ntResponse, 16));
    }

    private static byte[] hmacMd5(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacMD5");
            mac.init(new SecretKeySpec(key, "HmacMD5"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacMD5 is missing from this JDK", e);
        }
    }
}
