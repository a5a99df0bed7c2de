package org.interchange.mapi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.interchange.mapi.client.testing.EmbeddedServerFixture;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.junit.jupiter.api.Test;

/**
 * NTLMv2 ([MS-NLMP]) from the client's jcifs-ng NTLMSSP to the server's acceptor on loopback. The
 * server keeps the CHALLENGE on the connection that asked for it, so a logon succeeds only when the
 * whole handshake stays on one HTTP connection.
 */
class NtlmAuthenticationTest extends EmbeddedServerFixture {
    @Override
    protected MapiHttpServer.Builder configure(MapiHttpServer.Builder builder) {
        return builder.user("ann", "Secret-1").user("bob", "Other-2").ntlm("INTERCHANGE");
    }

    private static MapiSessionOptions options() {
        return MapiSessionOptions.builder().readTimeout(Duration.ofSeconds(10)).build();
    }

    @Test
    void logsOnWithNtlmV2OverOneConnectionAndKeepsWorking() {
        try (MapiSession session = MapiSession.connect(server.emsmdbUri(),
                MapiAuthenticator.ntlm("INTERCHANGE", "ann", "Secret-1".toCharArray()), "ann", options())) {
            assertThat(session.displayName()).isEqualTo("ann");
            assertThat(session.logon().folderId(SpecialFolder.INBOX)).isNotZero();
            assertThat(session.folderHierarchy()).isNotEmpty();
        }
    }

    @Test
    void theAddressBookAcceptsNtlmToo() {
        try (AddressBook book = AddressBook.connect(server.nspiUri(),
                MapiAuthenticator.ntlm("", "bob", "Other-2".toCharArray()), options())) {
            assertThat(book.resolve("ann").status()).isEqualTo(NameResolution.Status.RESOLVED);
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> MapiSession.connect(server.emsmdbUri(),
                MapiAuthenticator.ntlm("INTERCHANGE", "ann", "secret-1".toCharArray()), "ann", options()))
                .isInstanceOf(MapiAuthenticationException.class)
                .hasMessageContaining("401")
                .hasMessageNotContaining("ecret");
    }

    @Test
    void anUnknownUserIsRefused() {
        assertThatThrownBy(() -> MapiSession.connect(server.emsmdbUri(),
                MapiAuthenticator.ntlm("INTERCHANGE", "eve", "Secret-1".toCharArray()), "eve", options()))
                .isInstanceOf(MapiAuthenticationException.class);
    }

    @Test
    void basicStillWorksBesideNtlm() {
        try (MapiSession session = MapiSession.connect(server.emsmdbUri(), "bob", "Other-2".toCharArray(), options())) {
            assertThat(session.logon()).isNotNull();
        }
    }

    @Test
    void repeatedFailuresAreThrottledWithARetryAfter() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> MapiSession.connect(server.emsmdbUri(), "ann", "guess".toCharArray(), options()))
                    .isInstanceOf(MapiAuthenticationException.class);
        }
        assertThatThrownBy(() -> MapiSession.connect(server.emsmdbUri(), "ann", "Secret-1".toCharArray(), options()))
                .isInstanceOfSatisfying(MapiServerBusyException.class,
                        e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1)));
        // another user from the same address is not affected
        try (MapiSession session = MapiSession.connect(server.emsmdbUri(), "bob", "Other-2".toCharArray(), options())) {
            assertThat(session.displayName()).isEqualTo("bob");
        }
    }
}
