package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopRestrict success response, [MS-OXCROPS] 2.2.5.3.2. */
public record RopRestrictResponse(int handleIndex, int tableStatus) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.RESTRICT;
    }

    static RopRestrictResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        int tableStatus = in.u8();
        return new RopRestrictResponse(handleIndex, tableStatus);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(RopWire.u8(tableStatus, "TableStatus"));
    }
}
