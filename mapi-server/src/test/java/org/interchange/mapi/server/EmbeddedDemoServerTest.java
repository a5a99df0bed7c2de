package org.interchange.mapi.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.interchange.mapi.codec.http.ConnectRequest;
import org.interchange.mapi.codec.http.ConnectResponse;
import org.interchange.mapi.codec.http.MapiHttpResponse;
import org.interchange.mapi.server.demo.DemoMailbox;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.MailboxStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDemoServerTest {
    @TempDir
    Path dir;

    @Test
    void demoUserCanConnectAndTheMailboxIsReusedOnTheNextStart() throws Exception {
        String firstPassword;
        try (EmbeddedDemoServer server = EmbeddedDemoServer.start(dir)) {
            firstPassword = server.password();
            assertThat(server.emsmdbUri().toString()).startsWith("http://127.0.0.1:").endsWith("/mapi/emsmdb");
            ConnectResponse connected = connect(server.emsmdbUri(), server.user(), server.password());
            assertThat(connected.isSuccess()).isTrue();
            assertThat(connected.displayName()).isEqualTo(DemoMailbox.DISPLAY_NAME);
        }
        UUID firstGuid = mailboxGuid();
        try (EmbeddedDemoServer again = EmbeddedDemoServer.start(dir)) {
            assertThat(again.password()).isNotEqualTo(firstPassword);
            assertThat(connect(again.emsmdbUri(), again.user(), again.password()).isSuccess()).isTrue();
        }
        assertThat(mailboxGuid()).isEqualTo(firstGuid);
    }

    private UUID mailboxGuid() {
        try (MailboxStore store = H2MailboxStore.open(dir)) {
            return store.findMailbox(DemoMailbox.USER).orElseThrow().mailboxGuid();
        }
    }

    private static ConnectResponse connect(URI endpoint, String user, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        new ConnectRequest(UserDn.of(user), 0, 1252, 1033, 1033, new byte[0]).encode()))
                .header("Content-Type", "application/mapi-http").header("X-RequestType", "Connect")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        return ConnectResponse.decode(MapiHttpResponse.decode(response.body()).body());
    }
}
