package org.interchange.mapi.server.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Base64;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and out-of-order NTLM tokens get 401, never a server error, [MS-NLMP] 3.2.5. */
class HttpAuthenticatorTest {
    @TempDir
    static Path dir;
    static H2MailboxStore store;
    static MapiHttpServer server;

    @BeforeAll
    static void start() {
        store = H2MailboxStore.open(dir);
        server = MapiHttpServer.builder().store(store).user("ann", "pw").ntlm("INTERCHANGE").build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> post(HttpClient http, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.emsmdbUri()).POST(HttpRequest.BodyPublishers.ofString("x"))
                .header("Content-Type", "application/mapi-http").header("X-RequestType", "PING");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] message(int type, int size) {
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.put(NtlmMessages.SIGNATURE).putInt(type);
        return b.array();
    }

    @Test
    void offersNtlmAndBasicWithoutCredentials() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = post(http, null);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().allValues("WWW-Authenticate")).contains("NTLM")
                    .anyMatch(v -> v.startsWith("Basic "));
        }
    }

    @Test
    void negotiateIsAnsweredWithAChallengeNamingTheDomain() throws Exception {
        byte[] negotiate = message(1, 32);
        ByteBuffer.wrap(negotiate).order(ByteOrder.LITTLE_ENDIAN).putInt(12, NtlmMessages.NEGOTIATE_UNICODE);
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = post(http, "NTLM " + Base64.getEncoder().encodeToString(negotiate));
            assertThat(response.statusCode()).isEqualTo(401);
            String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
            byte[] type2 = Base64.getDecoder().decode(challenge.substring(5));
            assertThat(NtlmMessages.type(type2)).isEqualTo(2);
            assertThat(new String(type2, 48, 22, java.nio.charset.StandardCharsets.UTF_16LE)).isEqualTo("INTERCHANGE");
        }
    }

    @Test
    void garbageTruncatedAndUnsolicitedTokensAreRefused() throws Exception {
        byte[] lying = message(3, 64);
        ByteBuffer l = ByteBuffer.wrap(lying).order(ByteOrder.LITTLE_ENDIAN);
        l.putShort(20, (short) 0x7FFF).putInt(24, 0x7FFFFFF0);
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (String token : new String[] {"NTLM !!!not-base64", "NTLM " + Base64.getEncoder().encodeToString(
                    new byte[] {1, 2, 3}), "NTLM " + Base64.getEncoder().encodeToString(message(1, 12)),
                    "NTLM " + Base64.getEncoder().encodeToString(message(3, 64)),
                    "NTLM " + Base64.getEncoder().encodeToString(lying), "NTLM", "Negotiate abc"}) {
                assertThat(post(http, token).statusCode()).as(token).isEqualTo(401);
            }
            // an AUTHENTICATE with offsets outside the message, right after a real NEGOTIATE
            byte[] negotiate = message(1, 32);
            assertThat(post(http, "NTLM " + Base64.getEncoder().encodeToString(negotiate)).statusCode()).isEqualTo(401);
            assertThat(post(http, "NTLM " + Base64.getEncoder().encodeToString(lying)).statusCode()).isEqualTo(401);
            // and the server still answers normally afterwards
            assertThat(post(http, "Basic " + Base64.getEncoder().encodeToString("ann:pw".getBytes())).statusCode())
                    .isEqualTo(200);
        }
    }
}
