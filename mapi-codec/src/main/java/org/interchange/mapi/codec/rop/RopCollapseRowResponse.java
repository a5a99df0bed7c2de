package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopCollapseRow success response, [MS-OXCROPS] 2.2.5.17.2: CollapsedRowCount. */
public record RopCollapseRowResponse(int handleIndex, long collapsedRowCount)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.COLLAPSE_ROW;
    }

    static RopCollapseRowResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopCollapseRowResponse(handleIndex, in.u32());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i32((int) collapsedRowCount);
    }
}
