package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopQueryRows request (QueryRowsFlags 0x01 NoAdvance, 0x02 EnablePackedBuffers), [MS-OXCROPS] 2.2.5.4.1. */
public record RopQueryRowsRequest(int logonId, int inputHandleIndex, int queryRowsFlags, boolean forwardRead, int rowCount)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.QUERY_ROWS;
    }

    static RopQueryRowsRequest decode(ByteReader in) {
        return new RopQueryRowsRequest(in.u8(), in.u8(), in.u8(), RopWire.bool(in), in.u16());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(queryRowsFlags, "QueryRowsFlags"));
        out.u8(forwardRead ? 1 : 0);
        out.u16(RopWire.u16(rowCount, "RowCount"));
    }
}
