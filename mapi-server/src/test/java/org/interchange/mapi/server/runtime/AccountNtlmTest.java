package org.interchange.mapi.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import org.interchange.mapi.codec.http.ConnectRequest;
import org.interchange.mapi.codec.http.MapiHttpResponse;
import org.interchange.mapi.server.accounts.Account;
import org.interchange.mapi.server.accounts.AccountDirectory;
import org.interchange.mapi.server.accounts.NtHashVault;
import org.interchange.mapi.server.accounts.PasswordHasher;
import org.interchange.mapi.server.config.ServerConfig;
import org.interchange.mapi.server.http.auth.NtlmV2Verifier;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NTLMv2 ([MS-NLMP] 3.2.5) for the accounts of a configured server, on loopback with jcifs-ng's NTLMSSP. */
class AccountNtlmTest {
    private static final PasswordHasher CHEAP = PasswordHasher.withCost(64, 1);

    @TempDir
    Path dir;

    private ServerConfig config(String extra) throws Exception {
        Path conf = dir.resolve("server.conf");
        Files.writeString(conf, "data.dir = data\nhttp.port = 0\n" + extra);
        return ServerConfig.load(conf);
    }

    @Test
    void anAccountLogsOnWithNtlmV2AndItsNtHashIsSealedAtRest() throws Exception {
        ServerConfig config = config("");
        try (AccountDirectory accounts = ConfiguredAccounts.open(config, CHEAP)) {
            accounts.add(new Account("alice", "Alice Smith", "alice@example.org"), "alice-password".toCharArray());
        }
        Path keyFile = dir.resolve("data/nt-hash.key");
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        try (ServerRuntime server = ServerRuntime.start(config)) {
            URI emsmdb = server.http().emsmdbUri();
            HttpResponse<byte[]> ok = new NtlmClient().connect(emsmdb, "INTERCHANGE", "alice", "alice-password");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(MapiHttpResponse.decode(ok.body()).responseCode()).hasValue(0);
            HttpResponse<byte[]> byAddress = new NtlmClient().connect(emsmdb, "", "Alice@example.org", "alice-password");
            assertThat(MapiHttpResponse.decode(byAddress.body()).responseCode()).as("SMTP address as user").hasValue(0);
            assertThat(basic(emsmdb, "alice", "alice-password").statusCode()).as("Basic beside NTLM").isEqualTo(200);
        }
        try (H2MailboxStore store = H2MailboxStore.open(dir.resolve("data"))) {
            assertThat(store.findMailbox("alice")).as("the NTLM logon gave alice her own mailbox")
                    .hasValueSatisfying(m -> assertThat(m.emailAddress()).isEqualTo("alice@example.org"));
        }
        byte[] ntHash = NtlmV2Verifier.ntHash("alice-password");
        byte[] database = Files.readAllBytes(dir.resolve("data/accounts.mv.db"));
        String text = new String(database, StandardCharsets.ISO_8859_1);
        assertThat(indexOf(database, ntHash)).as("raw NT hash in accounts.mv.db").isEqualTo(-1);
        assertThat(text).doesNotContainIgnoringCase(HexFormat.of().formatHex(ntHash))
                .doesNotContain(Base64.getEncoder().encodeToString(ntHash)).contains("v1:");
    }

    @Test
    void aWrongPasswordIsRefusedAndThrottledLikeBasic() throws Exception {
        ServerConfig config = config("auth.ntlm.domain = EXAMPLE\n");
        try (AccountDirectory accounts = ConfiguredAccounts.open(config, CHEAP)) {
            accounts.add(new Account("bob", "Bob", "bob@example.org"), "bob-password".toCharArray());
        }
        try (ServerRuntime server = ServerRuntime.start(config)) {
            URI emsmdb = server.http().emsmdbUri();
            for (int i = 0; i < 5; i++) {
                assertThat(new NtlmClient().connect(emsmdb, "EXAMPLE", "bob", "Bob-password").statusCode())
                        .as("attempt %d", i + 1).isEqualTo(401);
            }
            HttpResponse<byte[]> throttled = new NtlmClient().connect(emsmdb, "EXAMPLE", "bob", "bob-password");
            assertThat(throttled.statusCode()).isEqualTo(429);
            assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    void anAccountWithoutNtHashKeepsBasicAndGetsNtlmAfterANewPassword() throws Exception {
        ServerConfig config = config("");
        try (AccountDirectory accounts = AccountDirectory.openH2(dir.resolve("data"), CHEAP)) {
            accounts.add(new Account("carol", "Carol", "carol@example.org"), "carol-password".toCharArray());
        }
        try (ServerRuntime server = ServerRuntime.start(config)) {
            URI emsmdb = server.http().emsmdbUri();
            assertThat(new NtlmClient().connect(emsmdb, "INTERCHANGE", "carol", "carol-password").statusCode())
                    .isEqualTo(401);
            assertThat(basic(emsmdb, "carol", "carol-password").statusCode()).isEqualTo(200);
        }
        try (AccountDirectory accounts = ConfiguredAccounts.open(config, CHEAP)) {
            accounts.setPassword("carol", "carol-new-password".toCharArray());
        }
        try (ServerRuntime server = ServerRuntime.start(config)) {
            HttpResponse<byte[]> ok = new NtlmClient().connect(server.http().emsmdbUri(), "INTERCHANGE", "carol",
                    "carol-new-password");
            assertThat(MapiHttpResponse.decode(ok.body()).responseCode()).hasValue(0);
        }
    }

    @Test
    void withNtlmOffNtlmIsNotOfferedAndNoNtHashIsKept() throws Exception {
        ServerConfig config = config("auth.ntlm = false\n");
        try (AccountDirectory accounts = ConfiguredAccounts.open(config, CHEAP)) {
            accounts.add(new Account("dave", "Dave", "dave@example.org"), "dave-password".toCharArray());
        }
        assertThat(dir.resolve("data/nt-hash.key")).doesNotExist();
        try (ServerRuntime server = ServerRuntime.start(config)) {
            URI emsmdb = server.http().emsmdbUri();
            HttpResponse<byte[]> refused = basic(emsmdb, "dave", "wrong-password");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().allValues("WWW-Authenticate")).noneMatch(h -> h.startsWith("NTLM"))
                    .anyMatch(h -> h.startsWith("Basic"));
            HttpResponse<byte[]> negotiate = new NtlmClient().negotiate(emsmdb, "INTERCHANGE");
            assertThat(negotiate.statusCode()).isEqualTo(401);
            assertThat(negotiate.headers().allValues("WWW-Authenticate")).noneMatch(h -> h.startsWith("NTLM"));
            assertThat(basic(emsmdb, "dave", "dave-password").statusCode()).isEqualTo(200);
        }
        try (AccountDirectory accounts = AccountDirectory.openH2(dir.resolve("data"), CHEAP,
                NtHashVault.openOrCreate(dir.resolve("check.key")))) {
            assertThat(accounts.ntHash("dave")).as("no NT hash was stored").isEmpty();
        }
    }

    private static HttpResponse<byte[]> basic(URI emsmdb, String user, String password) throws Exception {
        byte[] body = new ConnectRequest(UserDn.of(user), 0, 1252, 0x0409, 0x0409, new byte[0]).encode();
        HttpRequest request = HttpRequest.newBuilder(emsmdb).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/mapi-http").header("X-RequestType", "Connect")
                .header("X-RequestId", "{test}:1").header("X-ClientInfo", "{client-info}")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
