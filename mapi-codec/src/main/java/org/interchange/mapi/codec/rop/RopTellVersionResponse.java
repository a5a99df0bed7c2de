package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopTellVersion response, [MS-OXCROPS] 2.2.12.9.2: no fields beyond the header. */
public record RopTellVersionResponse(int handleIndex)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.TELL_VERSION;
    }

    static RopTellVersionResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopTellVersionResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
