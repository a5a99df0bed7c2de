package org.interchange.mapi.codec.rop;

import java.util.List;
import java.util.function.BiConsumer;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/** The framing shared by ROP input and output buffers, [MS-OXCROPS] 2.2.1. */
final class RopBuffers {
    private RopBuffers() {
    }

    /** Writes RopSize, the {@code rops} (called "ROP {@code what}" in the error) and the handle table. */
    static <T> byte[] encode(List<T> rops, BiConsumer<T, ByteWriter> encoder, int[] handles, String what) {
        ByteWriter out = new ByteWriter(256 + handles.length * 4);
        out.u16(0);
        rops.forEach(rop -> encoder.accept(rop, out));
        if (out.size() > 0xFFFF) {
            throw new MapiCodecException("ROP " + what + " take " + out.size() + " bytes; RopSize is 16 bits");
        }
        out.patchU16(0, out.size());
        for (int handle : handles) {
            out.i32(handle);
        }
        return out.toByteArray();
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
