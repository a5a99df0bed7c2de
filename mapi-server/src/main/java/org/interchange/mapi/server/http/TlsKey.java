package org.interchange.mapi.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * The server's TLS key and certificate chain for HTTPS, [MS-OXCMAPIHTTP] 2.1: from a PKCS#12 file,
 * or from PEM files (certificate chain; private key as PKCS#8 "PRIVATE KEY" or PKCS#1 "RSA PRIVATE
 * KEY", unencrypted). Held as an in-memory key store under a random password.
 */
public final class TlsKey {
    private static final Pattern PEM_KEY = Pattern.compile(
            "-----BEGIN (PRIVATE KEY|RSA PRIVATE KEY)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
    private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC", "Ed25519", "EdDSA");

    private final KeyStore keyStore;
    private final char[] password;

    private TlsKey(KeyStore keyStore, char[] password) {
        this.keyStore = keyStore;
        this.password = password;
    }

    /** Reads a PKCS#12 file holding one private key entry. */
    public static TlsKey pkcs12(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            if (java.util.Collections.list(store.aliases()).stream().noneMatch(a -> isKey(store, a))) {
                throw new IllegalArgumentException(file + " holds no private key entry");
            }
            return new TlsKey(store, password.clone());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read PKCS#12 key " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Reads a PEM certificate chain (server certificate first) and a PEM private key. */
    public static TlsKey pem(Path certificateChain, Path privateKey) {
        try {
            List<? extends Certificate> chain;
            try (InputStream in = Files.newInputStream(certificateChain)) {
                chain = List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(in));
            }
            if (chain.isEmpty()) {
                throw new IllegalArgumentException(certificateChain + " holds no certificate");
            }
            PrivateKey key = privateKey(Files.readString(privateKey, StandardCharsets.US_ASCII), privateKey);
            char[] password = randomPassword();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", key, password, chain.toArray(Certificate[]::new));
            return new TlsKey(store, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read PEM key " + privateKey + " / " + certificateChain + ": "
                    + e.getMessage(), e);
        }
    }

    private static PrivateKey privateKey(String pem, Path file) throws IOException {
        Matcher m = PEM_KEY.matcher(pem);
        if (!m.find()) {
            throw new IllegalArgumentException(file + " holds no unencrypted PRIVATE KEY or RSA PRIVATE KEY block");
        }
        byte[] der = Base64.getMimeDecoder().decode(m.group(2));
        if (m.group(1).equals("RSA PRIVATE KEY")) {
            der = new PrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                    RSAPrivateKey.getInstance(der)).getEncoded();
        }
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // not this algorithm; try the next
            }
        }
        throw new IllegalArgumentException(file + " holds a private key of an unsupported algorithm");
    }

    private static char[] randomPassword() {
        byte[] bytes = new byte[18];
        new java.security.SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes).toCharArray();
    }

    KeyStore keyStore() {
        return keyStore;
    }

    char[] password() {
        return password.clone();
    }

    @Override
    public String toString() {
        return "TlsKey";
    }
}
