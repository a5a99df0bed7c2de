package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.MapiCodecException;

/** The framing shared by ROP input and output buffers, [MS-OXCROPS] 2.2.1. */
final class RopBuffers {
    private RopBuffers() {
    }

    /** Reads RopSize and returns the RopsList it covers. */
    static ByteReader ropsList(ByteReader in) {
        int ropSize = in.u16();
        if (ropSize < 2) {
            throw new MapiCodecException("RopSize " + ropSize + " is smaller than the 2 bytes of RopSize itself");
        }
        if (ropSize - 2 > in.remaining()) {
            throw new MapiCodecException("RopSize " + ropSize + " is larger than the " + (in.remaining() + 2)
                    + " bytes of the buffer");
        }
        return in.slice(ropSize - 2);
    }

    /** Reads the rest of the buffer as the server object handle table. */
    static int[] handleTable(ByteReader in) {
        if (in.remaining() % 4 != 0) {
            throw new MapiCodecException("server object handle table of " + in.remaining()
                    + " bytes is not a whole number of 4-byte handles");
        }
        int[] handles = new int[in.remaining() / 4];
        for (int i = 0; i < handles.length; i++) {
            handles[i] = in.i32();
        }
        return handles;
    }
}
