package org.interchange.mapi.client.internal.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.interchange.mapi.client.MapiAuthenticator;
import org.interchange.mapi.client.MapiException;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.MapiProtocolException;
import org.interchange.mapi.client.MapiServerBusyException;
import org.interchange.mapi.client.MapiSessionOptions;
import org.interchange.mapi.codec.http.ConnectRequest;
import org.interchange.mapi.codec.http.ConnectResponse;
import org.interchange.mapi.codec.http.DisconnectRequest;
import org.interchange.mapi.codec.http.DisconnectResponse;
import org.interchange.mapi.codec.http.ExecuteRequest;
import org.interchange.mapi.codec.http.ExecuteResponse;
import org.interchange.mapi.codec.http.MapiHttpRequestType;
import org.interchange.mapi.codec.http.NotificationWaitRequest;
import org.interchange.mapi.codec.http.NotificationWaitResponse;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.rpc.ExtendedBuffers;

/**
 * The EMSMDB request types of MAPI over HTTP, [MS-OXCMAPIHTTP] 2.2.4: Connect opens a Session
 * Context, Execute carries a ROP request buffer wrapped in RPC_HEADER_EXT ([MS-OXCRPC] 2.2.2.1,
 * 3.1.4.2.1) and returns the unwrapped ROP response payloads (several when the server chained
 * extended buffers), Disconnect closes the Session Context.
 */
public final class MapiHttpTransport implements AutoCloseable {
    /** Largest response RopBuffer accepted; the EcDoRpcExt2 maximum, [MS-OXCRPC] 3.1.4.2. */
    static final int MAX_ROP_OUT = 0x40000;
    private static final byte[] NO_AUX = new byte[0];
    /** RPC_S_SERVER_TOO_BUSY as an Execute StatusCode, [MS-OXCROPS] 3.2.4.2. */
    static final int SERVER_TOO_BUSY = 0x000006BB;
    /** Delay to report for a busy server before Connect told us its RetryDelay. */
    private static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(10);

    private final MapiHttpClient http;
    private final MapiSessionOptions options;
    private boolean connected;
    private Duration retryDelay = DEFAULT_RETRY_DELAY;

    public MapiHttpTransport(URI mailboxUrl, MapiAuthenticator authenticator, MapiSessionOptions options) {
        this.http = new MapiHttpClient(mailboxUrl, authenticator, options);
        this.options = options;
    }

    /** Opens a new Session Context for {@code userDn}, [MS-OXCMAPIHTTP] 2.2.4.1. */
    public ConnectResponse connect(String userDn) {
        http.newSession();
        return sendConnect(userDn);
    }

    /**
     * Replaces a Session Context the server no longer knows (X-ResponseCode 10), [MS-OXCMAPIHTTP]
     * 3.2.5.6: Connect again with the old cookies, take only the new ones. Server objects of the old
     * context are gone; the caller logs on again.
     */
    public ConnectResponse reconnect(String userDn) {
        connected = false;
        http.reconnectSession();
        return sendConnect(userDn);
    }

    private ConnectResponse sendConnect(String userDn) {
        ConnectRequest request = new ConnectRequest(userDn, 0, options.codePage(), options.localeId(),
                options.localeId(), NO_AUX);
        byte[] body = http.post(MapiHttpRequestType.CONNECT, request.encode()).body();
        ConnectResponse response = decode("Connect", () -> ConnectResponse.decode(body));
        if (!response.isSuccess()) {
            throw new MapiOperationException("Connect", response.statusCode());
        }
        if (response.errorCode() != 0) {
            throw new MapiOperationException("Connect", response.errorCode());
        }
        connected = true;
        if (response.retryDelay() > 0) {
            retryDelay = Duration.ofMillis(Integer.toUnsignedLong(response.retryDelay()));
        }
        return response;
    }

    /**
     * Sends one ROP request buffer (RopSize, ROPs, server object handle table, [MS-OXCROPS] 2.2.1)
     * and returns the ROP response buffers: the first answers the request; any further ones are
     * chained responses to its last ROP ([MS-OXCRPC] 3.1.4.2.1.2).
     */
    public List<byte[]> execute(byte[] ropRequestBuffer) {
        return execute(ropRequestBuffer, NO_AUX).ropBuffers();
    }

    /** The ROP response buffers of one Execute and the server's auxiliary buffer ([MS-OXCRPC] 3.1.4.1.2). */
    public record Executed(List<byte[]> ropBuffers, byte[] auxiliaryOut) {
    }

    /**
     * Execute with an auxiliary input buffer (AUX_HEADER blocks, [MS-OXCRPC] 2.2.2.2) passed through
     * unchanged; the response's auxiliary buffer is returned likewise.
     */
    public Executed execute(byte[] ropRequestBuffer, byte[] auxiliaryIn) {
        if (!connected) {
            throw new IllegalStateException("Execute needs a connected session");
        }
        int flags = ExecuteRequest.FLAG_CHAIN;
        if (!options.allowCompression()) {
            flags |= ExecuteRequest.FLAG_NO_COMPRESSION | ExecuteRequest.FLAG_NO_XOR_MAGIC;
        }
        byte[] wrapped = ExtendedBuffers.wrap(ropRequestBuffer, false, false);
        ExecuteRequest request = new ExecuteRequest(flags, wrapped, MAX_ROP_OUT, auxiliaryIn);
        byte[] body = http.post(MapiHttpRequestType.EXECUTE, request.encode()).body();
        ExecuteResponse response = decode("Execute", () -> ExecuteResponse.decode(body));
        if (response.statusCode() == SERVER_TOO_BUSY) {
            throw new MapiServerBusyException("Execute failed with StatusCode 0x6BB (server too busy)", retryDelay);
        }
        if (!response.isSuccess()) {
            throw new MapiOperationException("Execute", response.statusCode());
        }
        if (response.errorCode() != 0) {
            throw new MapiOperationException("Execute", response.errorCode());
        }
        byte[] ropBuffer = response.ropBuffer();
        if (ropBuffer.length == 0) {
            throw new MapiProtocolException("Execute response has an empty RopBuffer");
        }
        return new Executed(decode("Execute RopBuffer", () -> ExtendedBuffers.unwrap(ropBuffer)),
                response.auxiliaryBuffer());
    }

    /**
     * NotificationWait, [MS-OXCMAPIHTTP] 2.2.4.4: held by the server until events are pending for
     * the Session Context or its own timeout passes; true when EventPending is set. Runs beside
     * Execute. Fails with {@link org.interchange.mapi.client.MapiTimeoutException} once
     * {@code maxWait} passes.
     */
    public boolean notificationWait(Duration maxWait) {
        if (!connected) {
            throw new IllegalStateException("NotificationWait needs a connected session");
        }
        byte[] body = http.post(MapiHttpRequestType.NOTIFICATION_WAIT,
                new NotificationWaitRequest(0, NO_AUX).encode(), maxWait).body();
        NotificationWaitResponse response = decode("NotificationWait", () -> NotificationWaitResponse.decode(body));
        if (!response.isSuccess()) {
            throw new MapiOperationException("NotificationWait", response.statusCode());
        }
        if (response.errorCode() != 0) {
            throw new MapiOperationException("NotificationWait", response.errorCode());
        }
        return response.isEventPending();
    }

    /** PING, [MS-OXCMAPIHTTP] 2.2.3.3.1: checks that the endpoint answers; no Session Context needed. */
    public void ping() {
        http.post(MapiHttpRequestType.PING, NO_AUX, options.readTimeout());
    }

    /** Closes the Session Context, [MS-OXCMAPIHTTP] 2.2.4.3; the cookies are forgotten either way. */
    public void disconnect() {
        if (!connected) {
            return;
        }
        connected = false;
        try {
            byte[] body = http.post(MapiHttpRequestType.DISCONNECT, new DisconnectRequest(NO_AUX).encode()).body();
            DisconnectResponse response = decode("Disconnect", () -> DisconnectResponse.decode(body));
            if (!response.isSuccess()) {
                throw new MapiOperationException("Disconnect", response.statusCode());
            }
        } finally {
            http.cookies().clear();
        }
    }

    public boolean isConnected() {
        return connected;
    }

    /** Disconnects if still connected (failures are suppressed: the server expires the context) and frees the client. */
    @Override
    public void close() {
        try {
            disconnect();
        } catch (MapiException e) {
            System.getLogger(MapiHttpTransport.class.getName())
                    .log(System.Logger.Level.DEBUG, "Disconnect on close failed: " + e.getMessage());
        } finally {
            http.close();
        }
    }

    private static <T> T decode(String what, java.util.function.Supplier<T> decoder) {
        try {
            return decoder.get();
        } catch (MapiCodecException | IllegalArgumentException e) {
            throw new MapiProtocolException("malformed " + what + " body: " + e.getMessage(), e);
        }
    }
}
