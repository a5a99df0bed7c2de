package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSortTable success response, [MS-OXCROPS] 2.2.5.2.2. */
public record RopSortTableResponse(int handleIndex, int tableStatus) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SORT_TABLE;
    }

    static RopSortTableResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        int tableStatus = in.u8();
        return new RopSortTableResponse(handleIndex, tableStatus);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(RopWire.u8(tableStatus, "TableStatus"));
    }
}
