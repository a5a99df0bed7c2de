package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopGetCollapseState request, [MS-OXCROPS] 2.2.5.18.1: RowId and RowInstanceNumber of the row to keep the
 * cursor on.
 */
public record RopGetCollapseStateRequest(int logonId, int inputHandleIndex, long rowId, long rowInstanceNumber)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.GET_COLLAPSE_STATE;
    }

    static RopGetCollapseStateRequest decode(ByteReader in) {
        return new RopGetCollapseStateRequest(in.u8(), in.u8(), in.i64(), in.u32());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i64(rowId);
        out.i32((int) rowInstanceNumber);
    }
}
