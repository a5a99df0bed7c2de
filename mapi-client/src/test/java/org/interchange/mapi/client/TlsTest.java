package org.interchange.mapi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import org.interchange.mapi.client.testing.SelfSignedCertificate;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.http.TlsKey;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.MailboxStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MAPI/HTTP over HTTPS on loopback with a self-signed certificate made by keytool: trusted through
 * a custom trust store, refused by the system trust store with an error naming the certificate.
 */
class TlsTest {
    static final char[] STORE_PASSWORD = SelfSignedCertificate.PASSWORD.toCharArray();
    @TempDir
    static Path dir;
    static Path p12;
    static X509Certificate certificate;
    static KeyStore trust;
    static MailboxStore store;

    @BeforeAll
    static void makeCertificate() throws Exception {
        SelfSignedCertificate tls = SelfSignedCertificate.create(dir.resolve("server.p12"),
                "CN=interchange-test, O=Interchange");
        p12 = tls.p12();
        certificate = tls.certificate();
        trust = tls.trustStore();
        store = H2MailboxStore.open(dir.resolve("store"));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    private static MapiHttpServer server(TlsKey key) {
        return MapiHttpServer.builder().store(store).user("ann", "pw").tls(key).build().start();
    }

    private static MapiSessionOptions.Builder options() {
        return MapiSessionOptions.builder().readTimeout(Duration.ofSeconds(10));
    }

    @Test
    void connectsOverHttpsWhenTheCertificateIsInTheTrustStore() {
        try (MapiHttpServer server = server(TlsKey.pkcs12(p12, STORE_PASSWORD));
                MapiSession session = MapiSession.connect(server.emsmdbUri(), "ann", "pw".toCharArray(),
                        options().trustStore(trust).build())) {
            assertThat(server.emsmdbUri().getScheme()).isEqualTo("https");
            assertThat(session.folderHierarchy()).isNotEmpty();
        }
    }

    @Test
    void theSystemTrustStoreRefusesTheSelfSignedCertificateAndTheErrorNamesIt() throws Exception {
        String fingerprint = HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        try (MapiHttpServer server = server(TlsKey.pkcs12(p12, STORE_PASSWORD))) {
            assertThatThrownBy(() -> MapiSession.connect(server.emsmdbUri(), "ann", "pw".toCharArray(),
                    options().build()))
                    .isInstanceOfSatisfying(MapiCertificateException.class, e -> {
                        assertThat(e.subject()).contains("CN=interchange-test");
                        assertThat(e.issuer()).contains("CN=interchange-test");
                        assertThat(e.sha256Fingerprint()).isEqualTo(fingerprint);
                        assertThat(e.getMessage()).contains("127.0.0.1", "CN=interchange-test", fingerprint);
                    })
                    .isInstanceOf(MapiTransportException.class);
        }
    }

    @Test
    void theServerAlsoReadsPemFiles() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            ks.load(in, STORE_PASSWORD);
        }
        Path cert = dir.resolve("server.crt");
        Path key = dir.resolve("server.key");
        Base64.Encoder mime = Base64.getMimeEncoder(64, "\n".getBytes());
        Files.writeString(cert, "-----BEGIN CERTIFICATE-----\n" + mime.encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n"
                + mime.encodeToString(ks.getKey("mapi", STORE_PASSWORD).getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        try (MapiHttpServer server = server(TlsKey.pem(cert, key));
                AddressBook book = AddressBook.connect(server.nspiUri(), MapiAuthenticator.basic("ann",
                        "pw".toCharArray()), options().trustStore(trust).build())) {
            assertThat(book.browse(0, 10).entries()).extracting(AddressBookEntry::displayName).contains("ann");
        }
    }

    @Test
    void aPemFileWithoutAKeyIsRefusedWithItsName() throws Exception {
        Path empty = dir.resolve("empty.pem");
        Files.writeString(empty, "nothing here");
        Path cert = dir.resolve("only.crt");
        Files.writeString(cert, "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(
                certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n");
        assertThatThrownBy(() -> TlsKey.pem(cert, empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty.pem");
    }
}
