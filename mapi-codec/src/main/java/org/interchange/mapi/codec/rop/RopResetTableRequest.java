package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopResetTable request, [MS-OXCROPS] 2.2.5.15.1. */
public record RopResetTableRequest(int logonId, int inputHandleIndex)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.RESET_TABLE;
    }

    static RopResetTableRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        return new RopResetTableRequest(logonId, inputHandleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
    }
}
