package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopResetTable success response, [MS-OXCROPS] 2.2.5.15.2. */
public record RopResetTableResponse(int handleIndex) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.RESET_TABLE;
    }

    static RopResetTableResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopResetTableResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
