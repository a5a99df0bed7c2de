package org.interchange.mapi.codec.rpc;

import org.interchange.mapi.codec.io.ByteReader;

/**
 * Test helper: the [in] NDR stub of EcDoRpcExt2 ([MS-OXCRPC] 3.1.4.2) as laid out in the openchange
 * captures: context handle (20 bytes), pulFlags, rgbIn (conformant array), cbIn, pcbOut, rgbAuxIn
 * (conformant array), cbAuxIn, pcbAuxOut.
 */
record EcDoRpcExt2Stub(int flags, byte[] rgbIn, int pcbOut, byte[] rgbAuxIn, int pcbAuxOut) {

    static EcDoRpcExt2Stub parse(byte[] stub) {
        ByteReader r = new ByteReader(stub);
        r.skip(20);
        int flags = r.i32();
        byte[] rgbIn = conformantArray(r);
        int cbIn = r.i32();
        int pcbOut = r.i32();
        byte[] rgbAuxIn = conformantArray(r);
        int cbAuxIn = r.i32();
        int pcbAuxOut = r.i32();
        if (cbIn != rgbIn.length || cbAuxIn != rgbAuxIn.length || r.hasRemaining()) {
            throw new IllegalArgumentException("inconsistent EcDoRpcExt2 stub");
        }
        return new EcDoRpcExt2Stub(flags, rgbIn, pcbOut, rgbAuxIn, pcbAuxOut);
    }

    private static byte[] conformantArray(ByteReader r) {
        int count = r.i32();
        byte[] data = r.bytes(count);
        r.skip((4 - count % 4) % 4);
        return data;
    }
}
