package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopQueryPosition request, [MS-OXCROPS] 2.2.5.7.1. */
public record RopQueryPositionRequest(int logonId, int inputHandleIndex)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.QUERY_POSITION;
    }

    static RopQueryPositionRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        return new RopQueryPositionRequest(logonId, inputHandleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
    }
}
