package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopQueryColumnsAll request, [MS-OXCROPS] 2.2.5.12.1. */
public record RopQueryColumnsAllRequest(int logonId, int inputHandleIndex)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.QUERY_COLUMNS_ALL;
    }

    static RopQueryColumnsAllRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        return new RopQueryColumnsAllRequest(logonId, inputHandleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
    }
}
