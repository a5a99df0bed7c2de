package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopFastTransferSourceGetBuffer request, [MS-OXCROPS] 2.2.12.4.1: BufferSize, and
 * MaximumBufferSize only when BufferSize is the sentinel 0xBABE (otherwise {@code maximumBufferSize} is 0).
 */
public record RopFastTransferSourceGetBufferRequest(int logonId, int inputHandleIndex, int bufferSize,
                                                    int maximumBufferSize) implements RopRequest {
    public static final int USE_MAXIMUM_BUFFER_SIZE = 0xBABE;

    public RopFastTransferSourceGetBufferRequest {
        if (bufferSize != USE_MAXIMUM_BUFFER_SIZE && maximumBufferSize != 0) {
            throw new MapiCodecException("MaximumBufferSize is sent only with BufferSize 0xBABE");
        }
    }

    @Override
    public RopId ropId() {
        return RopId.FAST_TRANSFER_SOURCE_GET_BUFFER;
    }

    static RopFastTransferSourceGetBufferRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        int size = in.u16();
        return new RopFastTransferSourceGetBufferRequest(logonId, index, size,
                size == USE_MAXIMUM_BUFFER_SIZE ? in.u16() : 0);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u16(RopWire.u16(bufferSize, "BufferSize"));
        if (bufferSize == USE_MAXIMUM_BUFFER_SIZE) {
            out.u16(RopWire.u16(maximumBufferSize, "MaximumBufferSize"));
        }
    }
}
