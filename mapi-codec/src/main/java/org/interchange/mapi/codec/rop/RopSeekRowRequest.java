package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSeekRow request (Origin 0x00 BEGINNING, 0x01 CURRENT, 0x02 END), [MS-OXCROPS] 2.2.5.8.1. */
public record RopSeekRowRequest(int logonId, int inputHandleIndex, int origin, int rowCount, boolean wantRowMovedCount)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.SEEK_ROW;
    }

    static RopSeekRowRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        int origin = in.u8();
        int rowCount = in.i32();
        boolean wantRowMovedCount = RopWire.bool(in);
        return new RopSeekRowRequest(logonId, inputHandleIndex, origin, rowCount, wantRowMovedCount);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(origin, "Origin"));
        out.i32(rowCount);
        out.u8(wantRowMovedCount ? 1 : 0);
    }
}
