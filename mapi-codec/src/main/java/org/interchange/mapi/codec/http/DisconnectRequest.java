package org.interchange.mapi.codec.http;

import java.util.Arrays;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * Disconnect request body, [MS-OXCMAPIHTTP] 2.2.4.3.1: AuxiliaryBufferSize and AuxiliaryBuffer
 * (an rgbAuxIn: RPC_HEADER_EXT + AUX_HEADER blocks, [MS-OXCRPC] 3.1.4.1.1.1).
 *
 * @param auxiliaryBuffer AuxiliaryBuffer, its length written as AuxiliaryBufferSize
 */
public record DisconnectRequest(byte[] auxiliaryBuffer) {

    public DisconnectRequest {
        auxiliaryBuffer = auxiliaryBuffer.clone();
    }

    @Override
    public byte[] auxiliaryBuffer() {
        return auxiliaryBuffer.clone();
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter(4 + auxiliaryBuffer.length);
        BodyFields.sizedBytes(w, auxiliaryBuffer);
        return w.toByteArray();
    }

    public static DisconnectRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        byte[] aux = BodyFields.sizedBytes(r, "Disconnect request AuxiliaryBuffer");
        BodyFields.expectEnd(r, "Disconnect request body");
        return new DisconnectRequest(aux);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DisconnectRequest d && Arrays.equals(auxiliaryBuffer, d.auxiliaryBuffer);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(auxiliaryBuffer);
    }

    @Override
    public String toString() {
        return "DisconnectRequest[aux=" + auxiliaryBuffer.length + " bytes]";
    }
}
