package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteWriter;

/** The bytes one ROP request or response encodes to ([MS-OXCROPS] 2.2), for tests that compare layouts. */
final class RopBytes {
    private RopBytes() {
    }

    static byte[] bytes(RopRequest request) {
        ByteWriter out = new ByteWriter();
        request.encode(out);
        return out.toByteArray();
    }

    static byte[] bytes(RopResponse response) {
        ByteWriter out = new ByteWriter();
        response.encode(out);
        return out.toByteArray();
    }
}
