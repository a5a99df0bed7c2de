package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSeekStream request (Origin 0x00 beginning, 0x01 current, 0x02 end), [MS-OXCROPS] 2.2.9.8.1. */
public record RopSeekStreamRequest(int logonId, int inputHandleIndex, int origin, long offset)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.SEEK_STREAM;
    }

    static RopSeekStreamRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        int origin = in.u8();
        long offset = in.i64();
        return new RopSeekStreamRequest(logonId, inputHandleIndex, origin, offset);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(origin, "Origin"));
        out.i64(offset);
    }
}
