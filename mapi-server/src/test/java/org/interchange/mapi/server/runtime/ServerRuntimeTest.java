package org.interchange.mapi.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.interchange.mapi.codec.http.ConnectRequest;
import org.interchange.mapi.codec.http.MapiHttpResponse;
import org.interchange.mapi.server.accounts.Account;
import org.interchange.mapi.server.accounts.AccountDirectory;
import org.interchange.mapi.server.accounts.PasswordHasher;
import org.interchange.mapi.server.config.ServerConfig;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.PostgresMailboxStore;
import org.interchange.mapi.server.store.postgres.PostgresInstance;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as an administrator runs it: a configuration file, accounts in the data folder, real sockets. */
class ServerRuntimeTest {
    @TempDir
    Path dir;

    @Test
    void servesAccountsFromTheDataFolderOverHttpAndLmtp() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        try (AccountDirectory accounts = AccountDirectory.openH2(data, PasswordHasher.withCost(64, 1))) {
            accounts.add(new Account("alice", "Alice", "alice@example.org"), "alice-password".toCharArray());
        }
        Path conf = dir.resolve("server.conf");
        Files.writeString(conf, "data.dir = data\nhttp.port = 0\nlmtp.port = 0\nserver.name = mx.test\n");

        try (ServerRuntime server = ServerRuntime.start(ServerConfig.load(conf))) {
            URI emsmdb = server.http().emsmdbUri();
            assertThat(connect(emsmdb, "alice", "wrong-password").statusCode()).isEqualTo(401);
            HttpResponse<byte[]> ok = connect(emsmdb, "Alice", "alice-password");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(MapiHttpResponse.decode(ok.body()).responseCode()).hasValue(0);
            HttpResponse<byte[]> again = connect(emsmdb, "alice", "alice-password");
            assertThat(MapiHttpResponse.decode(again.body()).responseCode()).as("remembered credentials").hasValue(0);

            int lmtp = server.lmtp().orElseThrow().port();
            try (Socket s = new Socket("127.0.0.1", lmtp)) {
                s.getOutputStream().write(("LHLO relay\r\nMAIL FROM:<x@y.example>\r\nRCPT TO:<alice@example.org>\r\n"
                        + "DATA\r\nSubject: via runtime\r\n\r\nhi\r\n.\r\nQUIT\r\n").getBytes(StandardCharsets.US_ASCII));
                String replies = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
                        .lines().reduce("", (a, b) -> a + b + "\n");
                assertThat(replies).contains("250 2.0.0 <alice@example.org> delivered");
            }
        }
        try (H2MailboxStore store = H2MailboxStore.open(data)) {
            var alice = store.findMailbox("alice").orElseThrow();
            assertThat(store.messages(alice, alice.folderId(SpecialFolder.INBOX))).hasSize(1);
        }
    }

    @Test
    void keepsMailboxesInPostgresqlWhenConfigured() throws Exception {
        try (PostgresInstance postgres = PostgresInstance.start()) {
            Path data = dir.resolve("data");
            Files.createDirectories(data);
            try (AccountDirectory accounts = AccountDirectory.openH2(data, PasswordHasher.withCost(64, 1))) {
                accounts.add(new Account("bob", "Bob", "bob@example.org"), "bob-password".toCharArray());
            }
            Files.writeString(dir.resolve("db.pass"), postgres.password() + "\n");
            Path conf = dir.resolve("server.conf");
            Files.writeString(conf, "data.dir = data\nhttp.port = 0\nstore.postgresql.url = " + postgres.jdbcUrl()
                    + "\nstore.postgresql.user = " + postgres.user() + "\nstore.postgresql.password-file = db.pass\n");
            try (ServerRuntime server = ServerRuntime.start(ServerConfig.load(conf))) {
                HttpResponse<byte[]> ok = connect(server.http().emsmdbUri(), "bob", "bob-password");
                assertThat(MapiHttpResponse.decode(ok.body()).responseCode()).hasValue(0);
            }
            assertThat(Files.exists(data.resolve("mailboxes.mv.db"))).as("no H2 mailbox file").isFalse();
            try (var store = PostgresMailboxStore.open(postgres.jdbcUrl(), postgres.user(), postgres.password().toCharArray())) {
                assertThat(store.findMailbox("bob")).as("the Connect created bob's mailbox in PostgreSQL").isPresent();
            }
        }
    }

    private static HttpResponse<byte[]> connect(URI emsmdb, String user, String password) throws Exception {
        byte[] body = new ConnectRequest(org.interchange.mapi.server.rop.oxcstor.UserDn.of(user), 0, 1252, 0x0409, 0x0409,
                new byte[0]).encode();
        HttpRequest request = HttpRequest.newBuilder(emsmdb).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/mapi-http").header("X-RequestType", "Connect")
                .header("X-RequestId", "{test}:1").header("X-ClientInfo", "{client-info}")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
