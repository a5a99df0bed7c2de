package org.interchange.mapi.codec.http;

import java.util.Arrays;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * Disconnect response body, [MS-OXCMAPIHTTP] 2.2.4.3.2 (success: StatusCode 0, ErrorCode, auxiliary
 * buffer) and 2.2.4.3.3 (failure: StatusCode and auxiliary buffer only).
 *
 * @param statusCode      0 for success; otherwise the failure layout is used
 * @param errorCode       the operation's return status ([MS-OXCDATA] 2.4)
 * @param auxiliaryBuffer AuxiliaryBuffer, its length written as AuxiliaryBufferSize
 */
public record DisconnectResponse(int statusCode, int errorCode, byte[] auxiliaryBuffer) {

    public DisconnectResponse {
        if (statusCode != 0 && errorCode != 0) {
            throw new IllegalArgumentException("a failure response (StatusCode " + statusCode
                    + ") carries only StatusCode and AuxiliaryBuffer");
        }
        auxiliaryBuffer = auxiliaryBuffer.clone();
    }

    public boolean isSuccess() {
        return statusCode == 0;
    }

    @Override
    public byte[] auxiliaryBuffer() {
        return auxiliaryBuffer.clone();
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter(12 + auxiliaryBuffer.length);
        w.i32(statusCode);
        if (isSuccess()) {
            w.i32(errorCode);
        }
        BodyFields.sizedBytes(w, auxiliaryBuffer);
        return w.toByteArray();
    }

    public static DisconnectResponse decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int status = r.i32();
        int errorCode = status == 0 ? r.i32() : 0;
        byte[] aux = BodyFields.sizedBytes(r, "Disconnect response AuxiliaryBuffer");
        BodyFields.expectEnd(r, "Disconnect response body");
        return new DisconnectResponse(status, errorCode, aux);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DisconnectResponse d && statusCode == d.statusCode && errorCode == d.errorCode
                && Arrays.equals(auxiliaryBuffer, d.auxiliaryBuffer);
    }

    @Override
    public int hashCode() {
        return (statusCode * 31 + errorCode) * 31 + Arrays.hashCode(auxiliaryBuffer);
    }

    @Override
    public String toString() {
        return "DisconnectResponse[status=" + statusCode + ", errorCode=0x" + Integer.toHexString(errorCode)
                + ", aux=" + auxiliaryBuffer.length + " bytes]";
    }
}
