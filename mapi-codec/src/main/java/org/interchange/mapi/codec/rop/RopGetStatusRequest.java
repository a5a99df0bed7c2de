package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetStatus request, [MS-OXCROPS] 2.2.5.6.1. */
public record RopGetStatusRequest(int logonId, int inputHandleIndex)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.GET_STATUS;
    }

    static RopGetStatusRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        return new RopGetStatusRequest(logonId, inputHandleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
    }
}
