package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopExpandRow request, [MS-OXCROPS] 2.2.5.16.1: MaxRowCount rows to return and the CategoryId of the header
 * row to expand.
 */
public record RopExpandRowRequest(int logonId, int inputHandleIndex, int maxRowCount, long categoryId)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.EXPAND_ROW;
    }

    static RopExpandRowRequest decode(ByteReader in) {
        return new RopExpandRowRequest(in.u8(), in.u8(), in.u16(), in.i64());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u16(RopWire.u16(maxRowCount, "MaxRowCount"));
        out.i64(categoryId);
    }
}
