package org.interchange.mapi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.interchange.mapi.client.SrvResolver.SrvRecord;
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
 * The DNS SRV step of autodiscover ([MS-OXDISCO] 3.1.5.3, taken by [MS-OXDSCLI] 3.1.5 after the
 * candidate URLs): a Fake resolver names our server, which answers over real HTTPS on loopback.
 */
class AutodiscoverSrvTest {
    static final URI DEAD = URI.create("http://127.0.0.1:1/autodiscover/autodiscover.xml");
    @TempDir
    static Path dir;
    static MailboxStore store;
    static MapiHttpServer server;
    static KeyStore trust;

    @BeforeAll
    static void start() throws Exception {
        SelfSignedCertificate tls = SelfSignedCertificate.create(dir.resolve("server.p12"), "CN=interchange-test");
        trust = tls.trustStore();
        store = H2MailboxStore.open(dir.resolve("store"));
        server = MapiHttpServer.builder().store(store).user("ann", "pw")
                .tls(TlsKey.pkcs12(tls.p12(), SelfSignedCertificate.PASSWORD.toCharArray())).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static Autodiscover.Builder client() {
        return Autodiscover.builder(MapiAuthenticator.basic("ann", "pw".toCharArray())).allowPlainHttp(true)
                .options(MapiSessionOptions.builder().readTimeout(Duration.ofSeconds(10)).trustStore(trust).build());
    }

    @Test
    void whenTheCandidatesFailTheServerOfTheSrvRecordAnswersOverHttps() {
        List<String> asked = new CopyOnWriteArrayList<>();
        int port = server.autodiscoverUri().getPort();
        SrvResolver fake = name -> {
            asked.add(name);
            return List.of(new SrvRecord(10, 0, port, "localhost."), new SrvRecord(0, 0, 1, "127.0.0.1"));
        };
        try (Autodiscover autodiscover = client().candidates(domain -> List.of(DEAD)).srvResolver(fake).build()) {
            AutodiscoverSettings settings = autodiscover.discover("ann@interchange.local");

            assertThat(asked).containsExactly("_autodiscover._tcp.interchange.local");
            assertThat(settings.mailboxUrl().getScheme()).isEqualTo("https");
            assertThat(settings.legacyDn()).endsWith("/cn=ann");
        }
    }

    @Test
    void srvTargetsAreTriedByPriorityThenWeightAndEveryFailureIsListed() {
        SrvResolver fake = name -> List.of(new SrvRecord(5, 0, 4, "127.0.0.1"), new SrvRecord(1, 1, 3, "127.0.0.1"),
                new SrvRecord(1, 9, 2, "127.0.0.1"));
        try (Autodiscover autodiscover = client().candidates(domain -> List.of(DEAD)).srvResolver(fake).build()) {
            assertThatThrownBy(() -> autodiscover.discover("ann@interchange.local"))
                    .isInstanceOfSatisfying(MapiAutodiscoverException.class, e -> assertThat(e.attempts())
                            .extracting(a -> a.substring(0, a.indexOf(": ")))
                            .containsExactly(DEAD.toString(), "https://127.0.0.1:2/autodiscover/autodiscover.xml",
                                    "https://127.0.0.1:3/autodiscover/autodiscover.xml",
                                    "https://127.0.0.1:4/autodiscover/autodiscover.xml"));
        }
    }

    @Test
    void aFailedOrEmptyLookupIsNamedAmongTheAttempts() {
        SrvResolver broken = name -> {
            throw new IOException("DNS SRV lookup of " + name + " failed: timeout");
        };
        try (Autodiscover autodiscover = client().candidates(domain -> List.of(DEAD)).srvResolver(broken).build()) {
            assertThatThrownBy(() -> autodiscover.discover("ann@example.org"))
                    .isInstanceOfSatisfying(MapiAutodiscoverException.class, e -> assertThat(e.attempts()).last()
                            .asString().contains("_autodiscover._tcp.example.org", "timeout"));
        }
        try (Autodiscover autodiscover = client().candidates(domain -> List.of(DEAD)).srvResolver(name -> List.of())
                .build()) {
            assertThatThrownBy(() -> autodiscover.discover("ann@example.org"))
                    .isInstanceOfSatisfying(MapiAutodiscoverException.class, e -> assertThat(e.attempts()).last()
                            .asString().isEqualTo("_autodiscover._tcp.example.org: no SRV records"));
        }
    }
}
