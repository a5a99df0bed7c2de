package org.interchange.mapi.client.internal.http;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import jcifs.CIFSContext;
import jcifs.CIFSException;
import jcifs.config.PropertyConfiguration;
import jcifs.context.BaseContext;
import jcifs.ntlmssp.Type1Message;
import jcifs.ntlmssp.Type2Message;
import jcifs.ntlmssp.Type3Message;
import org.bouncycastle.crypto.digests.MD4Digest;
import org.interchange.mapi.client.MapiAuthenticator;

/**
 * NTLMv2 HTTP authentication ([MS-NLMP] 3.1.5 over the "NTLM" scheme of HTTP): NEGOTIATE after
 * the server's bare NTLM challenge, AUTHENTICATE (NTLMv2 responses, jcifs-ng's NTLMSSP) after its
 * CHALLENGE. The connection is authenticated afterwards, so requests go out without a header
 * until the server asks again. Only the NT hash of the password is kept.
 */
public final class NtlmAuthenticator implements MapiAuthenticator {
    private static final String SCHEME = "NTLM";
    private final CIFSContext context;
    private final String domain;
    private final String user;
    private final String workstation;
    private final byte[] ntHash;

    public NtlmAuthenticator(String domain, String user, char[] password, String workstation) {
        this.domain = Objects.requireNonNull(domain, "domain");
        this.user = Objects.requireNonNull(user, "user");
        this.workstation = Objects.requireNonNull(workstation, "workstation");
        this.ntHash = ntHash(Objects.requireNonNull(password, "password"));
        Properties props = new Properties();
        props.setProperty("jcifs.smb.lmCompatibility", "3");
        props.setProperty("jcifs.smb.client.useExtendedSecurity", "true");
        try {
            this.context = new BaseContext(new PropertyConfiguration(props));
        } catch (CIFSException e) {
            throw new IllegalStateException("cannot configure NTLMSSP: " + e.getMessage(), e);
        }
    }

    /** MD4 over the UTF-16LE password, [MS-NLMP] 3.3.1; the intermediate copies are wiped. */
    private static byte[] ntHash(char[] password) {
        ByteBuffer unicode = StandardCharsets.UTF_16LE.encode(CharBuffer.wrap(password));
        byte[] raw = new byte[unicode.remaining()];
        unicode.get(raw);
        MD4Digest md4 = new MD4Digest();
        md4.update(raw, 0, raw.length);
        byte[] hash = new byte[16];
        md4.doFinal(hash, 0);
        Arrays.fill(raw, (byte) 0);
        if (unicode.hasArray()) {
            Arrays.fill(unicode.array(), (byte) 0);
        }
        return hash;
    }

    @Override
    public Optional<String> initial(URI uri) {
        return Optional.empty();
    }

    @Override
    public Optional<String> respond(URI uri, List<String> challenges, int round) {
        Optional<String> ntlm = challenges.stream().map(String::strip)
                .filter(c -> c.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                        && (c.length() == SCHEME.length() || c.charAt(SCHEME.length()) == ' '))
                .findFirst();
        if (ntlm.isEmpty()) {
            return Optional.empty();
        }
        String token = ntlm.get().substring(SCHEME.length()).strip();
        if (token.isEmpty()) {
            return round == 1 ? Optional.of(SCHEME + " " + encode(negotiate().toByteArray())) : Optional.empty();
        }
        if (round != 2) {
            return Optional.empty();
        }
        try {
            byte[] challengeBytes = Base64.getDecoder().decode(token);
            Type2Message challenge = new Type2Message(challengeBytes);
            Type3Message authenticate = new Type3Message(context, challenge, null, ntHash, domain, user,
                    workstation, Type3Message.getDefaultFlags(context, challenge));
            if (authenticate.isMICRequired()) {
                authenticate.setupMIC(negotiate().toByteArray(), challengeBytes);
            }
            return Optional.of(SCHEME + " " + encode(authenticate.toByteArray()));
        } catch (IllegalArgumentException | IOException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    /** The same NEGOTIATE every time, so the one sent can be rebuilt for the MIC. */
    private Type1Message negotiate() {
        return new Type1Message(context, Type1Message.getDefaultFlags(context), domain, workstation);
    }

    private static String encode(byte[] message) {
        return Base64.getEncoder().encodeToString(message);
    }

    @Override
    public String toString() {
        return "NTLM(" + (domain.isEmpty() ? "" : domain + "\\") + user + ")";
    }
}
