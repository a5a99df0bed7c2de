package org.interchange.mapi.client.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

/**
 * A self-signed EC certificate for 127.0.0.1 and localhost (RFC 5280) that the JDK's keytool writes to a
 * PKCS12 file under alias "mapi" with password {@link #PASSWORD}, and a trust store holding just it.
 */
public record SelfSignedCertificate(Path p12, X509Certificate certificate, KeyStore trustStore) {
    public static final String PASSWORD = "changeit";

    /** Runs keytool to make the PKCS12 file {@code p12} for the subject {@code dname}, e.g. "CN=interchange-test". */
    public static SelfSignedCertificate create(Path p12, String dname) throws Exception {
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "mapi", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", dname, "-ext", "san=ip:127.0.0.1,dns:localhost",
                "-storetype", "PKCS12", "-keystore", p12.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(output).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        X509Certificate certificate = (X509Certificate) ks.getCertificate("mapi");
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", certificate);
        return new SelfSignedCertificate(p12, certificate, trust);
    }
}
