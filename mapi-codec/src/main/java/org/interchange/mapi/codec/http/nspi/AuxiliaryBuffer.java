package org.interchange.mapi.codec.http.nspi;

import java.util.Arrays;

/**
 * The AuxiliaryBuffer that ends every NSPI request and response body, [MS-OXCMAPIHTTP] 2.2.5
 * (RPC_HEADER_EXT and AUX_HEADER blocks, [MS-OXCRPC] 3.1.4.1.1), kept as opaque bytes with
 * value equality.
 */
public final class AuxiliaryBuffer {
    public static final AuxiliaryBuffer EMPTY = new AuxiliaryBuffer(new byte[0]);

    private final byte[] bytes;

    private AuxiliaryBuffer(byte[] bytes) {
        this.bytes = bytes;
    }

    public static AuxiliaryBuffer of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new AuxiliaryBuffer(bytes.clone());
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    byte[] raw() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuxiliaryBuffer a && Arrays.equals(bytes, a.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "AuxiliaryBuffer[" + bytes.length + " bytes]";
    }
}
