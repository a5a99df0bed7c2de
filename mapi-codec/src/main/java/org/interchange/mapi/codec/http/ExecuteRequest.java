package org.interchange.mapi.codec.http;

import java.util.Arrays;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * Execute request body, [MS-OXCMAPIHTTP] 2.2.4.2.1 (the [in] parameters of EcDoRpcExt2, [MS-OXCRPC]
 * 3.1.4.2). The RopBuffer has the rgbIn format of [MS-OXCRPC] 3.1.4.2.1: one or more extended buffers,
 * each an RPC_HEADER_EXT ([MS-OXCRPC] 2.2.2.1) followed by a possibly compressed and/or obfuscated
 * ROP request buffer; build and read it with {@code org.interchange.mapi.codec.rpc.ExtendedBuffers}.
 * The AuxiliaryBuffer likewise is an rgbAuxIn (RPC_HEADER_EXT + AUX_HEADER blocks).
 *
 * @param flags           how the server should build the response RopBuffer ({@link #FLAG_NO_COMPRESSION} ...)
 * @param ropBuffer       RopBuffer, its length written as RopBufferSize
 * @param maxRopOut       largest RopBuffer the client accepts in the response
 * @param auxiliaryBuffer AuxiliaryBuffer, its length written as AuxiliaryBufferSize
 */
public record ExecuteRequest(int flags, byte[] ropBuffer, int maxRopOut, byte[] auxiliaryBuffer) {
    /** The server must not compress the response RopBuffer. */
    public static final int FLAG_NO_COMPRESSION = 0x00000001;
    /** The server must not XOR-obfuscate the response RopBuffer. */
    public static final int FLAG_NO_XOR_MAGIC = 0x00000002;
    /** The client accepts several chained extended buffers in the response. */
    public static final int FLAG_CHAIN = 0x00000004;

    public ExecuteRequest {
        ropBuffer = ropBuffer.clone();
        auxiliaryBuffer = auxiliaryBuffer.clone();
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
        ByteWriter w = new ByteWriter(16 + ropBuffer.length + auxiliaryBuffer.length);
        w.i32(flags);
        BodyFields.sizedBytes(w, ropBuffer);
        w.i32(maxRopOut);
        BodyFields.sizedBytes(w, auxiliaryBuffer);
        return w.toByteArray();
    }

    public static ExecuteRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int flags = r.i32();
        byte[] rop = BodyFields.sizedBytes(r, "Execute request RopBuffer");
        int maxRopOut = r.i32();
        byte[] aux = BodyFields.sizedBytes(r, "Execute request AuxiliaryBuffer");
        BodyFields.expectEnd(r, "Execute request body");
        return new ExecuteRequest(flags, rop, maxRopOut, aux);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExecuteRequest e && flags == e.flags && maxRopOut == e.maxRopOut
                && Arrays.equals(ropBuffer, e.ropBuffer) && Arrays.equals(auxiliaryBuffer, e.auxiliaryBuffer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(flags, maxRopOut) * 961 + Arrays.hashCode(ropBuffer) * 31 + Arrays.hashCode(auxiliaryBuffer);
    }

    @Override
    public String toString() {
        return "ExecuteRequest[flags=0x" + Integer.toHexString(flags) + ", ropBuffer=" + ropBuffer.length
                + " bytes, maxRopOut=" + maxRopOut + ", aux=" + auxiliaryBuffer.length + " bytes]";
    }
}
