package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSetStreamSize request, [MS-OXCROPS] 2.2.9.7.1. */
public record RopSetStreamSizeRequest(int logonId, int inputHandleIndex, long streamSize)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.SET_STREAM_SIZE;
    }

    static RopSetStreamSizeRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        long streamSize = in.i64();
        return new RopSetStreamSizeRequest(logonId, inputHandleIndex, streamSize);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i64(streamSize);
    }
}
