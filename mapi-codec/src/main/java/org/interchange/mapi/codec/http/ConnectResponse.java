package org.interchange.mapi.codec.http;

import java.util.Arrays;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * Connect response body, [MS-OXCMAPIHTTP] 2.2.4.1.2 (success, StatusCode 0) and 2.2.4.1.3 (failure:
 * only StatusCode and the auxiliary buffer are on the wire, so the other fields are zero/empty).
 * The fields match the [out] parameters of EcDoConnectEx, [MS-OXCRPC] 3.1.4.1.
 *
 * @param statusCode         0 for success; otherwise the failure layout is used
 * @param errorCode          the operation's return status ([MS-OXCDATA] 2.4)
 * @param maxPollingInterval longest interval in milliseconds between client polls
 * @param retryCount         how many times to retry a failed request
 * @param retryDelay         milliseconds to wait between retries
 * @param dnPrefix           DN prefix for building message recipients, null-terminated ASCII
 * @param displayName        the user's display name, null-terminated UTF-16LE
 * @param auxiliaryBuffer    AuxiliaryBuffer (RPC_HEADER_EXT + AUX_HEADER blocks, like rgbAuxOut)
 */
public record ConnectResponse(int statusCode, int errorCode, int maxPollingInterval, int retryCount,
        int retryDelay, String dnPrefix, String displayName, byte[] auxiliaryBuffer) {

    public ConnectResponse {
        BodyFields.requireAscii(dnPrefix, "DnPrefix");
        BodyFields.requireNoNul(displayName, "DisplayName");
        if (statusCode != 0 && (errorCode != 0 || maxPollingInterval != 0 || retryCount != 0 || retryDelay != 0
                || !dnPrefix.isEmpty() || !displayName.isEmpty())) {
            throw new IllegalArgumentException("a failure response (StatusCode " + statusCode
                    + ") carries only StatusCode and AuxiliaryBuffer");
        }
        auxiliaryBuffer = auxiliaryBuffer.clone();
    }

    /** The failure body of [MS-OXCMAPIHTTP] 2.2.4.1.3; {@code statusCode} must not be 0. */
    public static ConnectResponse failure(int statusCode, byte[] auxiliaryBuffer) {
        if (statusCode == 0) {
            throw new IllegalArgumentException("a failure StatusCode must not be 0");
        }
        return new ConnectResponse(statusCode, 0, 0, 0, 0, "", "", auxiliaryBuffer);
    }

    public boolean isSuccess() {
        return statusCode == 0;
    }

    @Override
    public byte[] auxiliaryBuffer() {
        return auxiliaryBuffer.clone();
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter(32 + dnPrefix.length() + 2 * displayName.length() + auxiliaryBuffer.length);
        w.i32(statusCode);
        if (isSuccess()) {
            w.i32(errorCode).i32(maxPollingInterval).i32(retryCount).i32(retryDelay);
            w.ascii8z(dnPrefix).utf16z(displayName);
        }
        BodyFields.sizedBytes(w, auxiliaryBuffer);
        return w.toByteArray();
    }

    public static ConnectResponse decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int status = r.i32();
        ConnectResponse result;
        if (status != 0) {
            result = failure(status, BodyFields.sizedBytes(r, "Connect response AuxiliaryBuffer"));
        } else {
            int errorCode = r.i32();
            int maxPolling = r.i32();
            int retryCount = r.i32();
            int retryDelay = r.i32();
            String dnPrefix = r.ascii8z();
            if (!dnPrefix.chars().allMatch(c -> c < 0x80)) {
                throw new MapiCodecException("Connect response DnPrefix is not ASCII");
            }
            String displayName = r.utf16z();
            byte[] aux = BodyFields.sizedBytes(r, "Connect response AuxiliaryBuffer");
            result = new ConnectResponse(0, errorCode, maxPolling, retryCount, retryDelay, dnPrefix, displayName, aux);
        }
        BodyFields.expectEnd(r, "Connect response body");
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectResponse c && statusCode == c.statusCode && errorCode == c.errorCode
                && maxPollingInterval == c.maxPollingInterval && retryCount == c.retryCount
                && retryDelay == c.retryDelay && dnPrefix.equals(c.dnPrefix) && displayName.equals(c.displayName)
                && Arrays.equals(auxiliaryBuffer, c.auxiliaryBuffer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(statusCode, errorCode, maxPollingInterval, retryCount, retryDelay, dnPrefix, displayName)
                * 31 + Arrays.hashCode(auxiliaryBuffer);
    }

    @Override
    public String toString() {
        return "ConnectResponse[status=" + statusCode + ", errorCode=0x" + Integer.toHexString(errorCode)
                + ", maxPollingInterval=" + maxPollingInterval + ", retryCount=" + retryCount + ", retryDelay="
                + retryDelay + ", dnPrefix=" + dnPrefix + ", displayName=" + displayName + ", aux="
                + auxiliaryBuffer.length + " bytes]";
    }
}
