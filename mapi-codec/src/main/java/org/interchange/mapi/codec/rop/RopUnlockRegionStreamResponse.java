package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopUnlockRegionStream response, [MS-OXCROPS] 2.2.9.10.2: no fields beyond the header. */
public record RopUnlockRegionStreamResponse(int handleIndex)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.UNLOCK_REGION_STREAM;
    }

    static RopUnlockRegionStreamResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopUnlockRegionStreamResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
