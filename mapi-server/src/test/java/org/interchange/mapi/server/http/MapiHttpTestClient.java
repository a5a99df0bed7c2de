package org.interchange.mapi.server.http;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.interchange.mapi.codec.http.ConnectRequest;
import org.interchange.mapi.codec.http.ExecuteRequest;
import org.interchange.mapi.codec.http.ExecuteResponse;
import org.interchange.mapi.codec.http.MapiHttpResponse;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopRequestBuffer;
import org.interchange.mapi.codec.rop.RopResponseBuffer;
import org.interchange.mapi.codec.rop.TableColumns;
import org.interchange.mapi.codec.rpc.ExtendedBuffers;
import org.interchange.mapi.server.rop.oxcstor.UserDn;

/** A minimal MAPI/HTTP client over java.net.http for the endpoint tests; keeps cookies like a real client. */
final class MapiHttpTestClient {
    final HttpClient http;
    final URI endpoint;
    final String user;
    final String password;

    MapiHttpTestClient(URI endpoint, String user, String password) {
        this(endpoint, user, password, new CookieManager());
    }

    MapiHttpTestClient(URI endpoint, String user, String password, CookieManager cookies) {
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
        this.endpoint = endpoint;
        this.user = user;
        this.password = password;
    }

    HttpResponse<byte[]> post(String requestType, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/mapi-http").header("X-RequestId", "{test}:1")
                .header("X-ClientInfo", "{client-info}");
        if (requestType != null) {
            b.header("X-RequestType", requestType);
        }
        if (user != null) {
            b.header("Authorization", basic(user, password));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The Authorization header value of HTTP Basic authentication (RFC 7617). */
    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The X-ResponseCode after DONE ([MS-OXCMAPIHTTP] 2.2.2.2) of a response, or -1 when it has none. */
    static int code(HttpResponse<byte[]> r) {
        return MapiHttpResponse.decode(r.body()).responseCode().orElse(-1);
    }

    /** A session cookie as a client sends it back to the {@code /mapi/} endpoints. */
    static HttpCookie cookie(String name, String value) {
        HttpCookie c = new HttpCookie(name, value);
        c.setPath("/mapi/");
        c.setVersion(0);
        return c;
    }

    MapiHttpResponse connect() throws IOException, InterruptedException {
        byte[] body = new ConnectRequest(UserDn.of(user), 0, 1252, 0x0409, 0x0409, new byte[0]).encode();
        return MapiHttpResponse.decode(post("Connect", body).body());
    }

    /** Sends the ROPs in one Execute and decodes the responses. */
    RopResponseBuffer execute(List<RopRequest> rops, int handleSlots) throws IOException, InterruptedException {
        int[] handles = new int[handleSlots];
        java.util.Arrays.fill(handles, 0xFFFFFFFF);
        byte[] ropBuffer = ExtendedBuffers.wrap(new RopRequestBuffer(rops, handles).encode(), false, false);
        MapiHttpResponse response = MapiHttpResponse.decode(
                post("Execute", new ExecuteRequest(0, ropBuffer, 0x10000, new byte[0]).encode()).body());
        if (response.responseCode().orElse(-1) != 0) {
            throw new AssertionError("Execute failed: " + response);
        }
        ExecuteResponse execute = ExecuteResponse.decode(response.body());
        if (!execute.isSuccess() || execute.errorCode() != 0) {
            throw new AssertionError("Execute body failed: " + execute);
        }
        return RopResponseBuffer.decode(ExtendedBuffers.unwrapSingle(execute.ropBuffer()), rops, TableColumns.none());
    }
}
