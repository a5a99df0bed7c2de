package org.interchange.mapi.codec.http;

import java.util.Arrays;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * NotificationWait request body, [MS-OXCMAPIHTTP] 2.2.4.4.1: Flags (reserved, 0), AuxiliaryBufferSize,
 * AuxiliaryBuffer.
 *
 * @param flags           reserved; a conforming client sends 0
 * @param auxiliaryBuffer AuxiliaryBuffer, its length written as AuxiliaryBufferSize
 */
public record NotificationWaitRequest(int flags, byte[] auxiliaryBuffer) {

    public NotificationWaitRequest {
        auxiliaryBuffer = auxiliaryBuffer.clone();
    }

    @Override
    public byte[] auxiliaryBuffer() {
        return auxiliaryBuffer.clone();
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter(8 + auxiliaryBuffer.length);
        w.i32(flags);
        BodyFields.sizedBytes(w, auxiliaryBuffer);
        return w.toByteArray();
    }

    public static NotificationWaitRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int flags = r.i32();
        byte[] aux = BodyFields.sizedBytes(r, "NotificationWait request AuxiliaryBuffer");
        BodyFields.expectEnd(r, "NotificationWait request body");
        return new NotificationWaitRequest(flags, aux);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NotificationWaitRequest n && flags == n.flags
                && Arrays.equals(auxiliaryBuffer, n.auxiliaryBuffer);
    }

    @Override
    public int hashCode() {
        return flags * 31 + Arrays.hashCode(auxiliaryBuffer);
    }

    @Override
    public String toString() {
        return "NotificationWaitRequest[flags=0x" + Integer.toHexString(flags) + ", aux=" + auxiliaryBuffer.length
                + " bytes]";
    }
}
