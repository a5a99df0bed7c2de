package org.interchange.mapi.client.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interchange.mapi.client.internal.http.FakeMapiHttpServer.framed;

import java.util.Arrays;
import java.util.List;
import org.interchange.mapi.client.MapiAuthenticator;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.MapiProtocolException;
import org.interchange.mapi.client.MapiSessionOptions;
import org.interchange.mapi.codec.http.ConnectRequest;
import org.interchange.mapi.codec.http.ConnectResponse;
import org.interchange.mapi.codec.http.DisconnectResponse;
import org.interchange.mapi.codec.http.ExecuteRequest;
import org.interchange.mapi.codec.http.ExecuteResponse;
import org.interchange.mapi.codec.rpc.ExtendedBuffers;
import org.interchange.mapi.codec.rpc.RpcHeaderExt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MapiHttpTransportTest {
    private static final byte[] NONE = new byte[0];
    private FakeMapiHttpServer server;
    private MapiHttpTransport transport;

    @BeforeEach
    void start() throws Exception {
        server = new FakeMapiHttpServer();
        transport = new MapiHttpTransport(server.uri(), MapiAuthenticator.basic("bob", "pw".toCharArray()),
                MapiSessionOptions.defaults());
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    private static byte[] connectOk() {
        return new ConnectResponse(0, 0, 60000, 6, 10000, "/o=Org/ou=Group/cn=Recipients", "Bob Builder", NONE)
                .encode();
    }

    private static byte[] executeOk(byte[] ropBuffer) {
        return new ExecuteResponse(0, 0, 0, ropBuffer, NONE).encode();
    }

    @Test
    void connectSendsTheUserDnAndLocaleAndReturnsTheSessionFacts() {
        server.then(framed(0, connectOk(), 0, "MapiContext=c1", "MapiSequence=s1"));

        ConnectResponse response = transport.connect("/o=Org/cn=bob");

        ConnectRequest sent = ConnectRequest.decode(server.received.getFirst().body());
        assertThat(sent.userDn()).isEqualTo("/o=Org/cn=bob");
        assertThat(sent.defaultCodePage()).isEqualTo(1252);
        assertThat(sent.lcidSort()).isEqualTo(0x409);
        assertThat(sent.lcidString()).isEqualTo(0x409);
        assertThat(response.displayName()).isEqualTo("Bob Builder");
        assertThat(transport.isConnected()).isTrue();
    }

    @Test
    void failedConnectIsAnOperationError() {
        server.then(framed(0, ConnectResponse.failure(0x80004005, NONE).encode(), 0));

        assertThatThrownBy(() -> transport.connect("/o=Org/cn=bob"))
                .isInstanceOf(MapiOperationException.class)
                .hasMessageContaining("0x80004005");
        assertThat(transport.isConnected()).isFalse();
    }

    @Test
    void executeWrapsTheRopBufferInOneLastExtendedBufferAndAllowsChaining() {
        byte[] rops = {3, 0, 0x01, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        byte[] reply = {2, 0, 0, 0, 0, 0};
        server.then(framed(0, connectOk(), 0, "MapiContext=c1"))
                .then(framed(0, executeOk(ExtendedBuffers.wrap(reply, false, false)), 0));
        transport.connect("/o=Org/cn=bob");

        List<byte[]> payloads = transport.execute(rops);

        ExecuteRequest sent = ExecuteRequest.decode(server.received.get(1).body());
        assertThat(sent.flags() & ExecuteRequest.FLAG_CHAIN).isNotZero();
        assertThat(sent.flags() & (ExecuteRequest.FLAG_NO_COMPRESSION | ExecuteRequest.FLAG_NO_XOR_MAGIC)).isZero();
        assertThat(sent.maxRopOut()).isEqualTo(MapiHttpTransport.MAX_ROP_OUT);
        byte[] wrapped = sent.ropBuffer();
        assertThat(Arrays.copyOfRange(wrapped, 0, RpcHeaderExt.LENGTH))
                .containsExactly(0, 0, RpcHeaderExt.LAST, 0, rops.length, 0, rops.length, 0);
        assertThat(ExtendedBuffers.unwrapSingle(wrapped)).containsExactly(rops);
        assertThat(payloads).hasSize(1);
        assertThat(payloads.getFirst()).containsExactly(reply);
        assertThat(server.received.get(1).header("Cookie")).isEqualTo("MapiContext=c1");
    }

    @Test
    void executeUndoesCompressionAndObfuscationOfChainedBuffers() {
        byte[] first = new byte[600];
        Arrays.fill(first, (byte) 'a');
        byte[] second = "second chained response".getBytes();
        server.then(framed(0, connectOk(), 0))
                .then(framed(0, executeOk(ExtendedBuffers.wrap(List.of(first, second), true, true)), 0));
        transport.connect("dn");

        List<byte[]> payloads = transport.execute(new byte[] {2, 0});

        assertThat(payloads).hasSize(2);
        assertThat(payloads.get(0)).containsExactly(first);
        assertThat(payloads.get(1)).containsExactly(second);
    }

    @Test
    void noCompressionOptionAsksTheServerForPlainResponses() {
        transport.close();
        transport = new MapiHttpTransport(server.uri(), MapiAuthenticator.basic("bob", "pw".toCharArray()),
                MapiSessionOptions.builder().allowCompression(false).build());
        server.then(framed(0, connectOk(), 0))
                .then(framed(0, executeOk(ExtendedBuffers.wrap(new byte[] {2, 0}, false, false)), 0));
        transport.connect("dn");
        transport.execute(new byte[] {2, 0});

        int flags = ExecuteRequest.decode(server.received.get(1).body()).flags();
        assertThat(flags).isEqualTo(ExecuteRequest.FLAG_NO_COMPRESSION | ExecuteRequest.FLAG_NO_XOR_MAGIC
                | ExecuteRequest.FLAG_CHAIN);
    }

    @Test
    void executeFailureStatusIsAnOperationError() {
        server.then(framed(0, connectOk(), 0))
                .then(framed(0, ExecuteResponse.failure(0x000004B6, NONE).encode(), 0));
        transport.connect("dn");

        assertThatThrownBy(() -> transport.execute(new byte[] {2, 0}))
                .isInstanceOf(MapiOperationException.class)
                .extracting(e -> ((MapiOperationException) e).errorCode()).isEqualTo(0x000004B6);
    }

    @Test
    void corruptRopBufferIsAProtocolError() {
        byte[] bogus = {0, 0, 4, 0, (byte) 0xFF, 0x7F, (byte) 0xFF, 0x7F, 1, 2};
        server.then(framed(0, connectOk(), 0)).then(framed(0, executeOk(bogus), 0));
        transport.connect("dn");

        assertThatThrownBy(() -> transport.execute(new byte[] {2, 0}))
                .isInstanceOf(MapiProtocolException.class)
                .hasMessageContaining("RopBuffer");
    }

    @Test
    void truncatedExecuteBodyIsAProtocolError() {
        server.then(framed(0, connectOk(), 0)).then(framed(0, new byte[] {0, 0, 0, 0, 0}, 0));
        transport.connect("dn");

        assertThatThrownBy(() -> transport.execute(new byte[] {2, 0}))
                .isInstanceOf(MapiProtocolException.class)
                .hasMessageContaining("Execute");
    }

    @Test
    void executeNeedsAConnectedSession() {
        assertThatThrownBy(() -> transport.execute(new byte[] {2, 0})).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closeDisconnectsAndForgetsTheCookies() {
        server.then(framed(0, connectOk(), 0, "MapiContext=c1"))
                .then(framed(0, new DisconnectResponse(0, 0, NONE).encode(), 0));
        transport.connect("dn");

        transport.close();

        assertThat(server.received).hasSize(2);
        assertThat(server.received.get(1).header("X-RequestType")).isEqualTo("Disconnect");
        assertThat(server.received.get(1).header("Cookie")).isEqualTo("MapiContext=c1");
        assertThat(transport.isConnected()).isFalse();
    }

    @Test
    void auxiliaryBuffersPassThroughExecuteBothWays() {
        byte[] auxIn = {8, 0, 1, 0x17, 1, 2, 3, 4};
        byte[] auxOut = {8, 0, 1, 0x18, 9, 9, 9, 9};
        byte[] reply = {2, 0, 0, 0, 0, 0};
        server.then(framed(0, connectOk(), 0, "MapiContext=c1"))
                .then(framed(0, new ExecuteResponse(0, 0, 0, ExtendedBuffers.wrap(reply, false, false), auxOut)
                        .encode(), 0));
        transport.connect("/o=Org/cn=bob");

        MapiHttpTransport.Executed executed = transport.execute(new byte[] {2, 0}, auxIn);

        assertThat(ExecuteRequest.decode(server.received.get(1).body()).auxiliaryBuffer()).containsExactly(auxIn);
        assertThat(executed.auxiliaryOut()).containsExactly(auxOut);
        assertThat(executed.ropBuffers().getFirst()).containsExactly(reply);
    }

    @Test
    void reconnectSendsTheOldCookiesAndKeepsOnlyTheNewOnes() {
        server.then(framed(0, connectOk(), 0, "MapiContext=c1", "MapiSequence=s1", "Balancer=b1"))
                .then(framed(0, connectOk(), 0, "MapiContext=c2", "MapiSequence=s2"))
                .then(framed(0, executeOk(ExtendedBuffers.wrap(new byte[] {2, 0}, false, false)), 0));
        transport.connect("/o=Org/cn=bob");

        transport.reconnect("/o=Org/cn=bob");
        transport.execute(new byte[] {2, 0});

        assertThat(server.received.get(1).header("X-RequestType")).isEqualTo("Connect");
        assertThat(server.received.get(1).header("Cookie")).isEqualTo("MapiContext=c1; MapiSequence=s1; Balancer=b1");
        assertThat(server.received.get(2).header("Cookie")).isEqualTo("MapiContext=c2; MapiSequence=s2");
        assertThat(server.received.get(2).header("X-RequestId")).isNotEqualTo(server.received.get(0).header("X-RequestId"));
    }

    @Test
    void notificationWaitReportsEventPendingAndPingNeedsNoBody() {
        server.then(framed(0, connectOk(), 0, "MapiContext=c1"))
                .then(framed(0, new org.interchange.mapi.codec.http.NotificationWaitResponse(0, 0,
                        org.interchange.mapi.codec.http.NotificationWaitResponse.EVENT_PENDING, NONE).encode(), 2))
                .then(framed(0, new org.interchange.mapi.codec.http.NotificationWaitResponse(0, 0, 0, NONE).encode(), 0))
                .then(framed(0, NONE, 0));
        transport.connect("/o=Org/cn=bob");

        assertThat(transport.notificationWait(java.time.Duration.ofSeconds(10))).isTrue();
        assertThat(transport.notificationWait(java.time.Duration.ofSeconds(10))).isFalse();
        transport.ping();

        assertThat(server.received.get(1).header("X-RequestType")).isEqualTo("NotificationWait");
        assertThat(org.interchange.mapi.codec.http.NotificationWaitRequest.decode(server.received.get(1).body()).flags())
                .isZero();
        assertThat(server.received.get(1).header("Cookie")).isEqualTo("MapiContext=c1");
        assertThat(server.received.get(3).header("X-RequestType")).isEqualTo("PING");
        assertThat(server.received.get(3).body()).isEmpty();
    }
}
