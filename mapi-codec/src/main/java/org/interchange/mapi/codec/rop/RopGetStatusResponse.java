package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetStatus success response, [MS-OXCROPS] 2.2.5.6.2. */
public record RopGetStatusResponse(int handleIndex, int tableStatus) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.GET_STATUS;
    }

    static RopGetStatusResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        int tableStatus = in.u8();
        return new RopGetStatusResponse(handleIndex, tableStatus);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(RopWire.u8(tableStatus, "TableStatus"));
    }
}
