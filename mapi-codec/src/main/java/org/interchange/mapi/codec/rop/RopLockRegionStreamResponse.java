package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopLockRegionStream response, [MS-OXCROPS] 2.2.9.9.2: no fields beyond the header. */
public record RopLockRegionStreamResponse(int handleIndex)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.LOCK_REGION_STREAM;
    }

    static RopLockRegionStreamResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopLockRegionStreamResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
