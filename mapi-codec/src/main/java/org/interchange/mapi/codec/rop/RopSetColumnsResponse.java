package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSetColumns success response (TableStatus 0x00 TBLSTAT_COMPLETE, ...), [MS-OXCROPS] 2.2.5.1.2. */
public record RopSetColumnsResponse(int handleIndex, int tableStatus) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.SET_COLUMNS;
    }

    static RopSetColumnsResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopSetColumnsResponse(handleIndex, in.u8());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(RopWire.u8(tableStatus, "TableStatus"));
    }
}
