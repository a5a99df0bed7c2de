package org.interchange.mapi.codec.rpc;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RPC_HEADER_EXT, [MS-OXCRPC] 2.2.2.1: the 8-byte header before every extended-buffer payload.
 *
 * @param version    MUST be 0
 * @param flags      {@link #COMPRESSED}, {@link #XOR_MAGIC} and/or {@link #LAST}
 * @param size       bytes of payload that follow on the wire
 * @param sizeActual payload length after decompression (equals {@code size} when not compressed)
 */
public record RpcHeaderExt(int version, int flags, int size, int sizeActual) {
    /** Encoded length of the header. */
    public static final int LENGTH = 8;
    /** The payload is LZ77-compressed, [MS-OXCRPC] 3.1.4.1.1.2. */
    public static final int COMPRESSED = 0x0001;
    /** The payload is XOR-obfuscated with 0xA5, [MS-OXCRPC] 3.1.4.1.1.3. */
    public static final int XOR_MAGIC = 0x0002;
    /** No further extended buffer follows this payload. */
    public static final int LAST = 0x0004;
    private static final int KNOWN_FLAGS = COMPRESSED | XOR_MAGIC | LAST;

    /** Validates the field rules of [MS-OXCRPC] 2.2.2.1; fails with {@link MapiCodecException}. */
    public RpcHeaderExt {
        if (version != 0) {
            throw new MapiCodecException("RPC_HEADER_EXT Version 0x" + Integer.toHexString(version) + " is not 0");
        }
        if ((flags & ~KNOWN_FLAGS) != 0) {
            throw new MapiCodecException("RPC_HEADER_EXT Flags 0x" + Integer.toHexString(flags) + " has unknown bits");
        }
        if (size < 0 || sizeActual < 0 || size > 0xFFFF || sizeActual > 0xFFFF) {
            throw new MapiCodecException("RPC_HEADER_EXT Size " + size + " / SizeActual " + sizeActual
                    + " outside 0..65535");
        }
        if ((flags & COMPRESSED) != 0 ? size >= sizeActual : size != sizeActual) {
            throw new MapiCodecException("RPC_HEADER_EXT Size " + size + " and SizeActual " + sizeActual
                    + ((flags & COMPRESSED) != 0 ? ": a compressed payload must be smaller than SizeActual"
                    : " must be equal when the payload is not compressed"));
        }
    }

    public boolean isCompressed() {
        return (flags & COMPRESSED) != 0;
    }

    public boolean isObfuscated() {
        return (flags & XOR_MAGIC) != 0;
    }

    public boolean isLast() {
        return (flags & LAST) != 0;
    }

    public static RpcHeaderExt read(ByteReader r) {
        r.require(LENGTH, "RPC_HEADER_EXT");
        return new RpcHeaderExt(r.u16(), r.u16(), r.u16(), r.u16());
    }

    public void write(ByteWriter w) {
        w.u16(version).u16(flags).u16(size).u16(sizeActual);
    }
}
