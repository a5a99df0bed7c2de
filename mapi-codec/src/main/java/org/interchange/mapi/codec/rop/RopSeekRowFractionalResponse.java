package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSeekRowFractional response, [MS-OXCROPS] 2.2.5.10.2: no fields beyond the header. */
public record RopSeekRowFractionalResponse(int handleIndex)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SEEK_ROW_FRACTIONAL;
    }

    static RopSeekRowFractionalResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSeekRowFractionalResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
