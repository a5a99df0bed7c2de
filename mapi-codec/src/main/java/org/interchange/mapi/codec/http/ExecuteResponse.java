package org.interchange.mapi.codec.http;

import java.util.Arrays;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * Execute response body, [MS-OXCMAPIHTTP] 2.2.4.2.2 (success, StatusCode 0) and 2.2.4.2.3 (failure:
 * only StatusCode and the auxiliary buffer on the wire). The RopBuffer has the rgbOut format of
 * [MS-OXCRPC] 3.1.4.2.1: extended buffers, each an RPC_HEADER_EXT followed by a possibly compressed
 * and/or obfuscated ROP response buffer; read it with {@code org.interchange.mapi.codec.rpc.ExtendedBuffers}.
 *
 * @param statusCode      0 for success; otherwise the failure layout is used
 * @param errorCode       the operation's return status ([MS-OXCDATA] 2.4)
 * @param flags           reserved, 0 from a conforming server
 * @param ropBuffer       RopBuffer, its length written as RopBufferSize
 * @param auxiliaryBuffer AuxiliaryBuffer, its length written as AuxiliaryBufferSize
 */
public record ExecuteResponse(int statusCode, int errorCode, int flags, byte[] ropBuffer, byte[] auxiliaryBuffer) {

    public ExecuteResponse {
        if (statusCode != 0 && (errorCode != 0 || flags != 0 || ropBuffer.length != 0)) {
            throw new IllegalArgumentException("a failure response (StatusCode " + statusCode
                    + ") carries only StatusCode and AuxiliaryBuffer");
        }
        ropBuffer = ropBuffer.clone();
        auxiliaryBuffer = auxiliaryBuffer.clone();
    }

    /** The failure body of [MS-OXCMAPIHTTP] 2.2.4.2.3; {@code statusCode} must not be 0. */
    public static ExecuteResponse failure(int statusCode, byte[] auxiliaryBuffer) {
        if (statusCode == 0) {
            throw new IllegalArgumentException("a failure StatusCode must not be 0");
        }
        return new ExecuteResponse(statusCode, 0, 0, new byte[0], auxiliaryBuffer);
    }

    public boolean isSuccess() {
        return statusCode == 0;
    }

    @Override
    public byte[] ropBuffer() {
        return ropBuffer.clone();
    }

    @Override
    public byte[] auxiliaryBuffer() {
        return auxiliaryBuffer.clone();
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter(20 + ropBuffer.length + auxiliaryBuffer.length);
        w.i32(statusCode);
        if (isSuccess()) {
            w.i32(errorCode).i32(flags);
            BodyFields.sizedBytes(w, ropBuffer);
        }
        BodyFields.sizedBytes(w, auxiliaryBuffer);
        return w.toByteArray();
    }

    public static ExecuteResponse decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int status = r.i32();
        ExecuteResponse result;
        if (status != 0) {
            result = failure(status, BodyFields.sizedBytes(r, "Execute response AuxiliaryBuffer"));
        } else {
            int errorCode = r.i32();
            int flags = r.i32();
            byte[] rop = BodyFields.sizedBytes(r, "Execute response RopBuffer");
            byte[] aux = BodyFields.sizedBytes(r, "Execute response AuxiliaryBuffer");
            result = new ExecuteResponse(0, errorCode, flags, rop, aux);
        }
        BodyFields.expectEnd(r, "Execute response body");
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExecuteResponse e && statusCode == e.statusCode && errorCode == e.errorCode
                && flags == e.flags && Arrays.equals(ropBuffer, e.ropBuffer)
                && Arrays.equals(auxiliaryBuffer, e.auxiliaryBuffer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(statusCode, errorCode, flags) * 961 + Arrays.hashCode(ropBuffer) * 31
                + Arrays.hashCode(auxiliaryBuffer);
    }

    @Override
    public String toString() {
        return "ExecuteResponse[status=" + statusCode + ", errorCode=0x" + Integer.toHexString(errorCode)
                + ", flags=0x" + Integer.toHexString(flags) + ", ropBuffer=" + ropBuffer.length + " bytes, aux="
                + auxiliaryBuffer.length + " bytes]";
    }
}
