package org.interchange.mapi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.MailboxStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POX autodiscover, [MS-OXDSCLI]: the client against our server's endpoint on loopback (candidate
 * URLs injected), and against a fake server for redirects, errors and hostile XML.
 */
class AutodiscoverTest {
    @TempDir
    static Path dir;
    static MailboxStore store;
    static MapiHttpServer server;
    HttpServer fake;
    final List<String> fakeAuthorizations = new CopyOnWriteArrayList<>();
    volatile Function<HttpExchange, String> fakeAnswer;

    @BeforeAll
    static void startServer() {
        store = H2MailboxStore.open(dir);
        server = MapiHttpServer.builder().store(store).user("ann", "pw").user("bob", "pw2").build().start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
        store.close();
    }

    @BeforeEach
    void startFake() throws IOException {
        fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fake.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth != null) {
                fakeAuthorizations.add(auth);
            }
            exchange.getRequestBody().readAllBytes();
            String answer = fakeAnswer.apply(exchange);
            if (answer.startsWith("302 ")) {
                exchange.getResponseHeaders().add("Location", answer.substring(4));
                exchange.sendResponseHeaders(302, -1);
            } else {
                byte[] body = answer.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        fake.start();
    }

    @AfterEach
    void stopFake() {
        fake.stop(0);
    }

    private URI fakeUri(String path) {
        return URI.create("http://127.0.0.1:" + fake.getAddress().getPort() + path);
    }

    private static Autodiscover.Builder client(String user, String password) {
        return Autodiscover.builder(MapiAuthenticator.basic(user, password.toCharArray()))
                .options(MapiSessionOptions.builder().readTimeout(Duration.ofSeconds(10)).build());
    }

    private static String account(String action, String element, String value) {
        return "<?xml version=\"1.0\"?><Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/"
                + "responseschema/2006\"><Response xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/"
                + "responseschema/2006a\"><Account><AccountType>email</AccountType><Action>" + action + "</Action><"
                + element + ">" + value + "</" + element + "></Account></Response></Autodiscover>";
    }

    @Test
    void findsTheMapiHttpSettingsOfOurServerAndTheyWork() {
        List<String> domains = new CopyOnWriteArrayList<>();
        try (Autodiscover autodiscover = client("ann", "pw").allowPlainHttp(true).candidates(domain -> {
            domains.add(domain);
            return List.of(server.autodiscoverUri());
        }).build()) {
            AutodiscoverSettings settings = autodiscover.discover("ann@interchange.local");

            assertThat(domains).containsExactly("interchange.local");
            assertThat(settings.mailboxUrl()).isEqualTo(server.baseUri().resolve("mapi/emsmdb/"));
            assertThat(settings.addressBookUrl()).isEqualTo(server.baseUri().resolve("mapi/nspi/"));
            assertThat(settings.legacyDn()).endsWith("/cn=Recipients/cn=ann");
            assertThat(settings.displayName()).isEqualTo("ann");
            assertThat(settings.emailAddress()).isEqualTo("ann@interchange.local");

            try (MapiSession session = MapiSession.connect(settings.mailboxUrl(),
                    MapiAuthenticator.basic("ann", "pw".toCharArray()), settings.legacyDn(),
                    MapiSessionOptions.defaults());
                    AddressBook book = AddressBook.connect(settings.addressBookUrl(), "ann", "pw".toCharArray())) {
                assertThat(session.logon()).isNotNull();
                assertThat(book.entry(settings.legacyDn())).map(AddressBookEntry::displayName).contains("ann");
            }
        }
    }

    @Test
    void skipsFailingCandidatesAndAnswersForOtherUsersOfTheServer() {
        URI dead = URI.create("http://127.0.0.1:1/autodiscover/autodiscover.xml");
        try (Autodiscover autodiscover = client("ann", "pw").allowPlainHttp(true)
                .candidates(domain -> List.of(dead, fakeUri("/missing"), server.autodiscoverUri())).build()) {
            fakeAnswer = ex -> "not xml at all";
            AutodiscoverSettings settings = autodiscover.discover("bob@interchange.local");
            assertThat(settings.legacyDn()).endsWith("/cn=bob");
        }
    }

    @Test
    void anUnknownAddressIsAnErrorListingEveryAttempt() {
        try (Autodiscover autodiscover = client("ann", "pw").allowPlainHttp(true)
                .candidates(domain -> List.of(server.autodiscoverUri())).build()) {
            assertThatThrownBy(() -> autodiscover.discover("nobody@interchange.local"))
                    .isInstanceOfSatisfying(MapiAutodiscoverException.class,
                            e -> assertThat(e.attempts()).singleElement().asString().contains("Error 500"));
        }
    }

    @Test
    void wrongCredentialsAreReportedPerCandidate() {
        try (Autodiscover autodiscover = client("ann", "wrong").allowPlainHttp(true)
                .candidates(domain -> List.of(server.autodiscoverUri())).build()) {
            assertThatThrownBy(() -> autodiscover.discover("ann@interchange.local"))
                    .isInstanceOf(MapiAutodiscoverException.class).hasMessageContaining("401")
                    .hasMessageNotContaining("wrong");
        }
    }

    @Test
    void followsRedirectAddrRedirectUrlAndHttpRedirects() {
        String serverUrl = server.autodiscoverUri().toString();
        fakeAnswer = ex -> switch (ex.getRequestURI().getPath()) {
            case "/a" -> account("redirectAddr", "RedirectAddr", "bob@other.example");
            case "/b" -> account("redirectUrl", "RedirectUrl", fakeUri("/c").toString());
            case "/c" -> "302 " + serverUrl;
            default -> "?";
        };
        try (Autodiscover autodiscover = client("bob", "pw2").allowPlainHttp(true)
                .candidates(domain -> domain.equals("first.example") ? List.of(fakeUri("/a")) : List.of(fakeUri("/b")))
                .build()) {
            // first.example sends us to bob@other.example, whose candidate redirects twice to our server;
            // our server does not know bob@other.example, so the answer is Error 500 after three redirects
            assertThatThrownBy(() -> autodiscover.discover("ann@first.example"))
                    .isInstanceOfSatisfying(MapiAutodiscoverException.class, e -> assertThat(e.attempts())
                            .anyMatch(a -> a.contains("redirectAddr bob@other.example"))
                            .anyMatch(a -> a.contains("redirectUrl"))
                            .anyMatch(a -> a.contains("redirected to " + serverUrl))
                            .last().asString().contains("Error 500"));
        }
    }

    @Test
    void redirectLoopsStopAfterTenRedirects() {
        fakeAnswer = ex -> account("redirectUrl", "RedirectUrl", fakeUri("/again").toString());
        try (Autodiscover autodiscover = client("ann", "pw").allowPlainHttp(true)
                .candidates(domain -> List.of(fakeUri("/start"))).build()) {
            assertThatThrownBy(() -> autodiscover.discover("ann@loop.example"))
                    .isInstanceOf(MapiAutodiscoverException.class).hasMessageContaining("more than 10 redirects");
        }
    }

    @Test
    void plainHttpCandidatesOnlyGetAnUnauthenticatedProbeWhoseRedirectMustBeHttps() {
        fakeAnswer = ex -> "302 " + fakeUri("/plain");
        try (Autodiscover autodiscover = client("ann", "pw").candidates(domain -> List.of(fakeUri("/probe"))).build()) {
            assertThatThrownBy(() -> autodiscover.discover("ann@example.org"))
                    .isInstanceOf(MapiAutodiscoverException.class).hasMessageContaining("no redirect to https");
        }
        assertThat(fakeAuthorizations).isEmpty();
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        fakeAnswer = ex -> "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Autodiscover><Response><Account><Action>settings</Action><Protocol Type=\"mapiHttp\">"
                + "<MailStore><ExternalUrl>&x;</ExternalUrl></MailStore></Protocol></Account></Response></Autodiscover>";
        try (Autodiscover autodiscover = client("ann", "pw").allowPlainHttp(true)
                .candidates(domain -> List.of(fakeUri("/xxe"))).build()) {
            assertThatThrownBy(() -> autodiscover.discover("ann@example.org"))
                    .isInstanceOf(MapiAutodiscoverException.class).hasMessageContaining("DOCTYPE")
                    .hasMessageNotContaining("root:");
        }
    }

    @Test
    void ourServerRefusesDoctypesToo() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(server.autodiscoverUri())
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("ann:pw".getBytes()))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("<?xml version=\"1.0\"?><!DOCTYPE a ["
                        + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Autodiscover><Request><EMailAddress>&x;"
                        + "</EMailAddress></Request></Autodiscover>")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<ErrorCode>600</ErrorCode>").doesNotContain("root:");
        http.close();
    }
}
