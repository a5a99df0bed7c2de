package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopCollapseRow request, [MS-OXCROPS] 2.2.5.17.1: the CategoryId of the header row to collapse. */
public record RopCollapseRowRequest(int logonId, int inputHandleIndex, long categoryId)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.COLLAPSE_ROW;
    }

    static RopCollapseRowRequest decode(ByteReader in) {
        return new RopCollapseRowRequest(in.u8(), in.u8(), in.i64());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.i64(categoryId);
    }
}
