package org.interchange.mapi.client.internal.nspi;

import java.net.URI;
import java.util.UUID;
import java.util.function.Function;
import org.interchange.mapi.client.MapiAuthenticator;
import org.interchange.mapi.client.MapiException;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.MapiProtocolException;
import org.interchange.mapi.client.MapiSessionExpiredException;
import org.interchange.mapi.client.MapiSessionOptions;
import org.interchange.mapi.client.internal.http.MapiHttpClient;
import org.interchange.mapi.codec.http.MapiHttpRequestType;
import org.interchange.mapi.codec.http.nspi.AuxiliaryBuffer;
import org.interchange.mapi.codec.http.nspi.BindRequest;
import org.interchange.mapi.codec.http.nspi.BindResponse;
import org.interchange.mapi.codec.http.nspi.Stat;
import org.interchange.mapi.codec.http.nspi.UnbindRequest;
import org.interchange.mapi.codec.http.nspi.UnbindResponse;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * The NSPI request types of MAPI over HTTP, [MS-OXCMAPIHTTP] 2.2.5, over the client's MAPI/HTTP
 * endpoint client: Bind opens the Session Context, {@link #call} sends any other request body and
 * decodes its response, Unbind closes the context. A non-zero StatusCode or ErrorCode (other than
 * ecWarnWithErrors) becomes a {@link MapiOperationException}.
 */
public final class NspiTransport implements AutoCloseable {
    /** ecWarnWithErrors, [MS-OXNSPI] 2.2.1.2: success with some values missing. */
    static final int WARN_WITH_ERRORS = 0x00040380;
    /** UnbindSuccess, [MS-OXNSPI] 3.1.4.1.2. */
    static final int UNBIND_SUCCESS = 1;
    private static final AuxiliaryBuffer NO_AUX = AuxiliaryBuffer.EMPTY;

    private final MapiHttpClient http;
    private final MapiSessionOptions options;
    private boolean bound;
    private UUID serverGuid;

    public NspiTransport(URI nspiUrl, MapiAuthenticator authenticator, MapiSessionOptions options) {
        this.http = new MapiHttpClient(nspiUrl, authenticator, options);
        this.options = options;
    }

    /** A cursor at the start of the Global Address List in the client's code page and locale. */
    public Stat initialStat() {
        return Stat.beginningOfGal(options.codePage(), options.localeId());
    }

    /** Opens a Session Context, [MS-OXCMAPIHTTP] 2.2.5.1; returns the server's GUID. */
    public UUID bind() {
        http.newSession();
        return sendBind();
    }

    private UUID sendBind() {
        bound = false;
        BindResponse response = call(MapiHttpRequestType.BIND, new BindRequest(0, java.util.Optional.of(initialStat()),
                NO_AUX).encode(), BindResponse::decode, "Bind");
        check("Bind", response.statusCode(), response.errorCode());
        bound = true;
        serverGuid = response.serverGuid();
        return serverGuid;
    }

    /**
     * Sends one request body of {@code type} and decodes the response body. NSPI requests carry
     * their own STAT cursor, so when the Session Context is gone (X-ResponseCode 6, 10, 13 or 15) the
     * transport binds again ([MS-OXCMAPIHTTP] 3.2.5.6) and sends the request once more.
     */
    public <T> T call(MapiHttpRequestType type, byte[] body, Function<byte[], T> decoder, String what) {
        byte[] responseBody;
        try {
            responseBody = http.post(type, body).body();
        } catch (MapiSessionExpiredException e) {
            if (!bound) {
                throw e;
            }
            http.reconnectSession();
            sendBind();
            responseBody = http.post(type, body).body();
        }
        try {
            return decoder.apply(responseBody);
        } catch (MapiCodecException | IllegalArgumentException e) {
            throw new MapiProtocolException("malformed " + what + " response body: " + e.getMessage(), e);
        }
    }

    /** Fails unless the StatusCode is 0 and the ErrorCode is success (or ecWarnWithErrors). */
    public static void check(String what, int statusCode, int errorCode) {
        if (statusCode != 0) {
            throw new MapiOperationException(what, statusCode);
        }
        if (errorCode != 0 && errorCode != WARN_WITH_ERRORS) {
            throw new MapiOperationException(what, errorCode);
        }
    }

    /** Closes the Session Context, [MS-OXCMAPIHTTP] 2.2.5.2; the cookies are forgotten either way. */
    public void unbind() {
        if (!bound) {
            return;
        }
        bound = false;
        try {
            UnbindResponse response = call(MapiHttpRequestType.UNBIND, new UnbindRequest(0, NO_AUX).encode(),
                    UnbindResponse::decode, "Unbind");
            if (response.statusCode() != 0) {
                throw new MapiOperationException("Unbind", response.statusCode());
            }
            if (response.errorCode() != 0 && response.errorCode() != UNBIND_SUCCESS) {
                throw new MapiOperationException("Unbind", response.errorCode());
            }
        } finally {
            http.cookies().clear();
        }
    }

    @Override
    public void close() {
        try {
            unbind();
        } catch (MapiException e) {
            System.getLogger(NspiTransport.class.getName())
                    .log(System.Logger.Level.DEBUG, "Unbind on close failed: " + e.getMessage());
        } finally {
            http.close();
        }
    }
}
