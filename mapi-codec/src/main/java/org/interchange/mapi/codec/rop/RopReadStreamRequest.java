package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopReadStream request, [MS-OXCROPS] 2.2.9.2.1: ByteCount, and MaximumByteCount only when
 * ByteCount is the sentinel 0xBABE (otherwise {@code maximumByteCount} is 0).
 */
public record RopReadStreamRequest(int logonId, int inputHandleIndex, int byteCount, long maximumByteCount)
        implements RopRequest {
    public static final int USE_MAXIMUM_BYTE_COUNT = 0xBABE;

    public RopReadStreamRequest {
        if (byteCount != USE_MAXIMUM_BYTE_COUNT && maximumByteCount != 0) {
            throw new MapiCodecException("RopReadStream MaximumByteCount is sent only with ByteCount 0xBABE");
        }
    }

    /** The request for {@code byteCount} bytes. */
    public static RopReadStreamRequest of(int logonId, int inputHandleIndex, int byteCount) {
        return new RopReadStreamRequest(logonId, inputHandleIndex, byteCount, 0);
    }

    @Override
    public RopId ropId() {
        return RopId.READ_STREAM;
    }

    static RopReadStreamRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        int byteCount = in.u16();
        long maximum = byteCount == USE_MAXIMUM_BYTE_COUNT ? in.u32() : 0;
        return new RopReadStreamRequest(logonId, index, byteCount, maximum);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u16(RopWire.u16(byteCount, "ByteCount"));
        if (byteCount == USE_MAXIMUM_BYTE_COUNT) {
            out.i32((int) maximumByteCount);
        }
    }
}
