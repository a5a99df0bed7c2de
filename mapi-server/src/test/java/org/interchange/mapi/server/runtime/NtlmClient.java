package org.interchange.mapi.server.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Properties;
import jcifs.CIFSContext;
import jcifs.config.PropertyConfiguration;
import jcifs.context.BaseContext;
import jcifs.ntlmssp.Type1Message;
import jcifs.ntlmssp.Type2Message;
import jcifs.ntlmssp.Type3Message;
import org.interchange.mapi.codec.http.ConnectRequest;
import org.interchange.mapi.server.http.auth.NtlmV2Verifier;
import org.interchange.mapi.server.rop.oxcstor.UserDn;

/**
 * An NTLMv2 logon as mapi-client's MapiAuthenticator.ntlm makes it ([MS-NLMP] 3.1.5, jcifs-ng's
 * NTLMSSP): NEGOTIATE, then a MAPI/HTTP Connect carrying the AUTHENTICATE, on one HTTP/1.1 connection.
 */
final class NtlmClient {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final CIFSContext context;

    NtlmClient() throws Exception {
        Properties props = new Properties();
        props.setProperty("jcifs.smb.lmCompatibility", "3");
        props.setProperty("jcifs.smb.client.useExtendedSecurity", "true");
        context = new BaseContext(new PropertyConfiguration(props));
    }

    /** The answer to the NEGOTIATE leg (401 with a CHALLENGE, or without one when NTLM is not offered). */
    HttpResponse<byte[]> negotiate(URI emsmdb, String domain) throws Exception {
        return send(emsmdb, "NTLM " + encode(negotiateMessage(domain).toByteArray()), new byte[0], "PING");
    }

    /** Both legs; the answer to the Connect that carries the AUTHENTICATE. */
    HttpResponse<byte[]> connect(URI emsmdb, String domain, String user, String password) throws Exception {
        HttpResponse<byte[]> first = negotiate(emsmdb, domain);
        String challenge = first.headers().allValues("WWW-Authenticate").stream()
                .filter(h -> h.startsWith("NTLM ")).findFirst()
                .orElseThrow(() -> new AssertionError("no NTLM CHALLENGE in " + first.headers().map()));
        byte[] challengeBytes = Base64.getDecoder().decode(challenge.substring(5));
        Type2Message type2 = new Type2Message(challengeBytes);
        Type3Message type3 = new Type3Message(context, type2, null, NtlmV2Verifier.ntHash(password), domain, user,
                "WORKSTATION", Type3Message.getDefaultFlags(context, type2));
        if (type3.isMICRequired()) {
            type3.setupMIC(negotiateMessage(domain).toByteArray(), challengeBytes);
        }
        byte[] body = new ConnectRequest(UserDn.of(user), 0, 1252, 0x0409, 0x0409, new byte[0]).encode();
        return send(emsmdb, "NTLM " + encode(type3.toByteArray()), body, "Connect");
    }

    private Type1Message negotiateMessage(String domain) {
        return new Type1Message(context, Type1Message.getDefaultFlags(context), domain, "WORKSTATION");
    }

    private HttpResponse<byte[]> send(URI uri, String authorization, byte[] body, String type) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/mapi-http").header("X-RequestType", type)
                .header("X-RequestId", "{test}:1").header("X-ClientInfo", "{client-info}")
                .header("Authorization", authorization).build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String encode(byte[] message) {
        return Base64.getEncoder().encodeToString(message);
    }
}
